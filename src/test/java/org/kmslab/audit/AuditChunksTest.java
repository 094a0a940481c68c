package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal indexer's chunks ({@code audit_chunk}) answer every query exactly as rows of {@code audit_event} do:
 * the same records are stored once as one row each (the SQL path) and once as legacy rows followed by chunks of
 * random sizes (what an upgraded data folder holds), and every query, picker and metrics read must agree.
 */
class AuditChunksTest {

    private static final String[] ACCOUNTS = {"111122223333", "444455556666"};
    private static final String[] REGIONS = {"us-east-1", "eu-west-1"};
    private static final String[] NAMES = {"Encrypt", "Decrypt", "CreateKey", "RotateKey"};
    private static final String[] ERRORS = {null, null, null, "NotFoundException", "DisabledException"};
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final Random random = new Random(16);
    private final AuditRepository rows = repository(AuditFixture.database());
    private final JdbcDataSource chunkedDatabase = AuditFixture.database();
    private final AuditRepository chunked = repository(chunkedDatabase);

    @Test
    void chunks_and_legacy_rows_answer_every_query_as_rows_alone_do() {
        List<AuditEntry> all = entries(600);
        rows.insertSalvaging(all, true);
        chunked.insertSalvaging(all.subList(0, 150), true);
        for (int i = 150; i < all.size(); ) {
            int n = 1 + random.nextInt(80);
            chunked.insertChunks(all.subList(i, Math.min(all.size(), i + n)));
            i += n;
        }

        assertThat(chunked.maxSeq()).isEqualTo(rows.maxSeq()).isEqualTo(600);
        int queries = 0;
        int answered = 0;
        for (String account : ACCOUNTS) {
            for (AuditQuery base : bases(account)) {
                for (AuditQuery q : variants(base, all)) {
                    List<AuditEntry> expected = rows.find(q);
                    assertThat(chunked.find(q)).as(q.toString()).isEqualTo(expected);
                    queries++;
                    answered += expected.isEmpty() ? 0 : 1;
                }
            }
            for (AuditRepository.Column column : AuditRepository.Column.values()) {
                assertThat(chunked.distinct(account, column)).isEqualTo(rows.distinct(account, column))
                        .isNotEmpty();
            }
            for (String region : REGIONS) {
                for (int minutes : new int[] {0, 7, 30, 90}) {
                    Instant from = T0.plusSeconds(60L * minutes);
                    assertThat(chunked.callsSince(account, region, from))
                            .isEqualTo(rows.callsSince(account, region, from));
                }
            }
        }
        assertThat(queries).isEqualTo(2 * 12 * 19);
        assertThat(answered).as("queries with a non-empty answer").isGreaterThan(300);
    }

    @Test
    void large_records_are_split_into_chunks_of_bounded_size_and_read_back_whole() {
        List<AuditEntry> big = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            char[] json = new char[100_000];
            Arrays.fill(json, (char) ('a' + i));
            big.add(new AuditEntry(i, "big-" + i, ACCOUNTS[0], REGIONS[0], T0.plusSeconds(i), "Encrypt", "AwsApiCall",
                    true, null, null, null, null, null, i, "{\"x\":\"" + new String(json) + "\"}"));
        }

        chunked.insertChunks(big);

        long chunkRows = JdbcClient.create(chunkedDatabase).sql("SELECT COUNT(*) FROM audit_chunk")
                .query(Long.class).single();
        assertThat(chunkRows).isGreaterThan(1);
        assertThat(chunked.find(AuditQuery.all(ACCOUNTS[0], null, 100)).reversed()).isEqualTo(big);
    }

    private static AuditRepository repository(JdbcDataSource ds) {
        return new AuditRepository(JdbcClient.create(ds), new JdbcTemplate(ds));
    }

    private List<AuditEntry> entries(int n) {
        List<AuditEntry> out = new ArrayList<>();
        for (int seq = 1; seq <= n; seq++) {
            String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            String region = REGIONS[random.nextInt(REGIONS.length)];
            String key = random.nextInt(5) == 0 ? null
                    : "arn:aws:kms:" + region + ":" + account + ":key/k" + random.nextInt(4) + "_x";
            String user = random.nextBoolean() ? "alice" : "bob";
            String principal = "arn:aws:iam::" + account + ":user/" + user;
            String name = NAMES[random.nextInt(NAMES.length)];
            String type = "RotateKey".equals(name) ? "AwsServiceEvent" : "AwsApiCall";
            Instant time = T0.plusMillis(seq * 10_000L + random.nextInt(1000));
            int size = random.nextInt(40) == 0 ? 20_000 : 40;
            out.add(new AuditEntry(seq, "id-" + seq, account, region, time, name, type, random.nextBoolean(), key,
                    principal, user, ERRORS[random.nextInt(ERRORS.length)], "Cryptographic", seq * 3L,
                    "{\"eventID\":\"id-" + seq + "\",\"pad\":\"" + "é".repeat(size) + "\"}"));
        }
        return out;
    }

    private static List<AuditQuery> bases(String account) {
        List<AuditQuery> out = new ArrayList<>();
        for (int limit : new int[] {1, 7, 50, 1000}) {
            out.add(AuditQuery.all(account, null, limit));
            for (String region : REGIONS) {
                out.add(AuditQuery.all(account, region, limit));
            }
        }
        return out;
    }

    private static List<AuditQuery> variants(AuditQuery q, List<AuditEntry> all) {
        return List.of(q,
                q.withBeforeSeq(300L),
                q.withBeforeSeq(2L),
                q.withEventName("Decrypt"),
                q.withKey("k1_x"),
                q.withKey("k%1_x"),
                q.withKey("arn:aws:kms:" + REGIONS[0] + ":" + q.accountId() + ":key/k2_x"),
                q.withKey("k1"),
                q.withPrincipal("arn:aws:iam::" + q.accountId() + ":user/alice"),
                q.withUsername("bob"),
                q.withEventId(all.get(400).eventId()),
                q.withReadOnly(true),
                q.withErrors(AuditQuery.Errors.NONE, null),
                q.withErrors(AuditQuery.Errors.ANY_ERROR, null),
                q.withErrors(AuditQuery.Errors.CODE, "NotFoundException"),
                q.withErrors(AuditQuery.Errors.CODE, null),
                q.withTimeRange(T0.plusSeconds(1_000), T0.plusSeconds(3_000)),
                q.withTimeRange(T0.plusMillis(2_000_500), null),
                q.withTimeRange(null, T0.plusSeconds(500)).withBeforeSeq(450L).withReadOnly(false));
    }
}
