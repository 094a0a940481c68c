package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import tools.jackson.databind.JsonNode;

/** LookupEvents: one attribute, a time range, MaxResults and NextToken, newest first, CloudTrail's errors. */
class LookupEventsTest {

    private final AuditFixture f = new AuditFixture();

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void event_name_filter_returns_only_that_operation_with_the_lookup_shape() {
        String key = f.symmetricKey();
        f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1}));
        f.kms.describeKey(f.root, DescribeKeyRequest.of(key));

        List<Map<String, Object>> events = events(lookup("""
                {"LookupAttributes":[{"AttributeKey":"EventName","AttributeValue":"Encrypt"}]}"""));

        assertThat(events).hasSize(1);
        Map<String, Object> e = events.get(0);
        assertThat(e).containsKeys("EventId", "EventName", "ReadOnly", "EventTime", "EventSource", "Username",
                "Resources", "CloudTrailEvent");
        assertThat(e.get("EventName")).isEqualTo("Encrypt");
        assertThat(e.get("ReadOnly")).isEqualTo("true");
        assertThat(e.get("EventSource")).isEqualTo("kms.amazonaws.com");
        assertThat(e.get("Username")).isEqualTo("root");
        assertThat(e.get("EventTime")).isEqualTo(AuditFixture.START.getEpochSecond());
        assertThat(e.get("Resources")).isEqualTo(List.of(Map.of("ResourceType", "AWS::KMS::Key",
                "ResourceName", key)));
        JsonNode trail = CloudTrailJson.tree((String) e.get("CloudTrailEvent"));
        assertThat(trail.get("eventID").asString()).isEqualTo(e.get("EventId"));
    }

    @Test
    void resource_name_matches_the_key_arn_or_the_bare_key_id() {
        String first = f.symmetricKey();
        String second = f.symmetricKey();
        f.kms.encrypt(f.root, EncryptRequest.of(second, new byte[] {1}));
        String secondId = second.substring(second.lastIndexOf('/') + 1);

        assertThat(events(lookup(attribute("ResourceName", second)))).hasSize(2);
        assertThat(events(lookup(attribute("ResourceName", secondId)))).hasSize(2);
        assertThat(events(lookup(attribute("ResourceName", first)))).hasSize(1);
    }

    @Test
    void username_event_id_read_only_and_event_source_filter() {
        String key = f.symmetricKey();
        Caller alice = Caller.principal(AuditFixture.ACCOUNT, "arn:aws:iam::111122223333:user/Alice",
                CallSource.WIRE);
        f.kms.encrypt(alice, EncryptRequest.of(key, new byte[] {1}));
        String aliceEventId = f.newest().eventId();

        assertThat(events(lookup(attribute("Username", "Alice")))).singleElement()
                .satisfies(e -> assertThat(e.get("EventId")).isEqualTo(aliceEventId));
        assertThat(events(lookup(attribute("EventId", aliceEventId)))).hasSize(1);
        assertThat(events(lookup(attribute("ReadOnly", "false")))).singleElement()
                .satisfies(e -> assertThat(e.get("EventName")).isEqualTo("CreateKey"));
        assertThat(events(lookup(attribute("EventSource", "kms.amazonaws.com")))).hasSize(2);
        assertThat(events(lookup(attribute("EventSource", "s3.amazonaws.com")))).isEmpty();
        assertThat(events(lookup(attribute("AccessKeyId", "AKIAEXAMPLE")))).isEmpty();
    }

    @Test
    void max_results_and_next_token_page_through_every_event_once_newest_first() {
        String key = f.symmetricKey();
        for (int i = 0; i < 4; i++) {
            f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {(byte) i}));
        }
        List<String> all = f.audit.find(AuditQuery.all(AuditFixture.ACCOUNT, AuditFixture.REGION, 100)).stream()
                .map(AuditEntry::eventId).toList();

        List<String> paged = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Map<String, Object> page = lookup("{\"MaxResults\":2" + (token == null ? "" : ",\"NextToken\":\"" + token
                    + "\"") + "}");
            events(page).forEach(e -> paged.add((String) e.get("EventId")));
            token = (String) page.get("NextToken");
            pages++;
        } while (token != null && pages < 10);

        assertThat(all).hasSize(5);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void start_and_end_time_bound_the_events_in_epoch_seconds() {
        String key = f.symmetricKey();
        f.clock.advance(Duration.ofHours(2));
        f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1}));
        long start = AuditFixture.START.getEpochSecond();

        assertThat(events(lookup("{\"StartTime\":" + (start + 3600) + "}"))).singleElement()
                .satisfies(e -> assertThat(e.get("EventName")).isEqualTo("Encrypt"));
        assertThat(events(lookup("{\"EndTime\":" + (start + 60) + "}"))).singleElement()
                .satisfies(e -> assertThat(e.get("EventName")).isEqualTo("CreateKey"));
        assertThat(events(lookup("{\"StartTime\":\"2025-05-20T22:00:00Z\"}"))).hasSize(1);
    }

    @Test
    void invalid_requests_fail_with_cloudtrails_exceptions() {
        assertError("{\"LookupAttributes\":[" + pair("EventName", "Encrypt") + "," + pair("Username", "root") + "]}",
                "InvalidLookupAttributesException");
        assertError(attribute("Colour", "blue"), "InvalidLookupAttributesException");
        assertError("{\"MaxResults\":51}", "InvalidMaxResultsException");
        assertError("{\"MaxResults\":0}", "InvalidMaxResultsException");
        assertError("{\"NextToken\":\"not-a-token\"}", "InvalidNextTokenException");
        assertError("{\"StartTime\":200,\"EndTime\":100}", "InvalidTimeRangeException");
        assertError("{not json", "SerializationException");
    }

    @Test
    void events_of_other_accounts_are_not_visible() {
        f.symmetricKey();
        assertThat(events(LookupEvents.run(f.audit, "444455556666", AuditFixture.REGION, "{}"))).isEmpty();
        assertThat(events(LookupEvents.run(f.audit, AuditFixture.ACCOUNT, "eu-west-1", "{}"))).isEmpty();
    }

    private void assertError(String body, String type) {
        assertThatThrownBy(() -> lookup(body)).isInstanceOfSatisfying(LookupEvents.LookupException.class,
                e -> assertThat(e.type()).isEqualTo(type));
    }

    private Map<String, Object> lookup(String body) {
        return LookupEvents.run(f.audit, AuditFixture.ACCOUNT, AuditFixture.REGION, body);
    }

    private static String attribute(String key, String value) {
        return "{\"LookupAttributes\":[" + pair(key, value) + "]}";
    }

    private static String pair(String key, String value) {
        return "{\"AttributeKey\":\"" + key + "\",\"AttributeValue\":\"" + value + "\"}";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> response) {
        return (List<Map<String, Object>>) response.get("Events");
    }
}
