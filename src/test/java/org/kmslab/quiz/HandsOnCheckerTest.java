package org.kmslab.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class HandsOnCheckerTest {

    /** A sandbox made of plain maps. */
    /** A sandbox made of maps, for tests of what reads a {@link SandboxProbe}. */
    public static final class FakeProbe implements SandboxProbe {
        public final Map<String, KeyView> keys = new HashMap<>();
        final Map<String, String> aliases = new HashMap<>();
        final Set<String> decryptable = new java.util.HashSet<>();
        final Map<String, List<GrantView>> grants = new HashMap<>();
        final List<EventView> events = new ArrayList<>();
        String accountId = "111122223333";

        @Override
        public String accountId() {
            return accountId;
        }

        @Override
        public Optional<KeyView> keyByRef(String ref) {
            return Optional.ofNullable(keys.get(ref));
        }

        @Override
        public Optional<KeyView> keyByAlias(String alias) {
            return Optional.ofNullable(aliases.get(alias)).flatMap(id -> keys.values().stream()
                    .filter(k -> k.keyId().equals(id)).findFirst());
        }

        @Override
        public boolean decrypts(String ciphertextRef) {
            return decryptable.contains(ciphertextRef);
        }

        @Override
        public List<GrantView> grants(String keyId) {
            return grants.getOrDefault(keyId, List.of());
        }

        @Override
        public List<EventView> eventsSinceSetup() {
            return events;
        }
    }

    public static SandboxProbe.KeyView key(String id, String state) {
        return new SandboxProbe.KeyView(id, state, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_KMS", false, Map.of(),
                false, null, 0);
    }

    final FakeProbe probe = new FakeProbe();

    @Test
    void a_disabled_key_task_passes_once_the_key_is_enabled_and_the_ciphertext_decrypts() {
        Question.HandsOn task = task(
                goal("keyState", Map.of("key", "configKey", "equals", "Enabled")),
                goal("decryptSucceeds", Map.of("ciphertext", "config")));
        probe.keys.put("configKey", key("k-1", "Disabled"));

        HandsOnChecker.Report before = HandsOnChecker.check(task, probe);
        assertThat(before.passed()).isFalse();
        assertThat(before.results().getFirst().actual()).isEqualTo("it is Disabled");

        probe.keys.put("configKey", key("k-1", "Enabled"));
        probe.decryptable.add("config");
        assertThat(HandsOnChecker.check(task, probe).passed()).isTrue();
    }

    @Test
    void an_alias_goal_needs_the_alias_on_the_named_key() {
        Question.HandsOn task = task(goal("aliasPointsTo", Map.of("alias", "alias/orders", "key", "newKey")));
        probe.keys.put("oldKey", key("k-old", "Enabled"));
        probe.keys.put("newKey", key("k-new", "Enabled"));
        probe.aliases.put("alias/orders", "k-old");
        assertThat(HandsOnChecker.check(task, probe).passed()).isFalse();
        probe.aliases.put("alias/orders", "k-new");
        assertThat(HandsOnChecker.check(task, probe).passed()).isTrue();
    }

    @Test
    void a_grant_goal_wants_exactly_the_listed_operations() {
        Question.HandsOn task = task(goal("grantExists", Map.of("key", "k", "grantee", "role/r", "operations", List.of("Decrypt"))));
        probe.keys.put("k", key("k-1", "Enabled"));
        probe.grants.put("k-1", List.of(new SandboxProbe.GrantView("role/r", Set.of("Decrypt", "CreateGrant"))));
        assertThat(HandsOnChecker.check(task, probe).passed()).isFalse();
        probe.grants.put("k-1", List.of(new SandboxProbe.GrantView("role/r", Set.of("Decrypt"))));
        assertThat(HandsOnChecker.check(task, probe).passed()).isTrue();
    }

    @Test
    void a_goal_naming_the_banks_account_is_checked_in_the_sandboxs_own_account() {
        Question.HandsOn task = task(goal("grantExists", Map.of("key", "k",
                "grantee", "arn:aws:iam::111122223333:role/report-reader", "operations", List.of("Decrypt"))));
        probe.accountId = "630100175009";
        probe.keys.put("k", key("k-1", "Enabled"));
        probe.grants.put("k-1", List.of(new SandboxProbe.GrantView("arn:aws:iam::111122223333:role/report-reader",
                Set.of("Decrypt"))));
        HandsOnChecker.Report report = HandsOnChecker.check(task, probe);
        assertThat(report.passed()).as("a grant to the example account's role is not the sandbox's role").isFalse();
        assertThat(report.results().getFirst().expectation()).contains("arn:aws:iam::630100175009:role/report-reader");
        probe.grants.put("k-1", List.of(new SandboxProbe.GrantView("arn:aws:iam::630100175009:role/report-reader",
                Set.of("Decrypt"))));
        assertThat(HandsOnChecker.check(task, probe).passed()).isTrue();
    }

    @Test
    void an_event_goal_matches_operation_key_outcome_and_exact_encryption_context() {
        Question.HandsOn task = task(goal("eventRecorded", Map.of("operation", "Decrypt", "key", "k", "outcome", "success",
                "encryptionContext", Map.of("app", "billing"))));
        probe.keys.put("k", key("k-1", "Enabled"));
        probe.events.add(new SandboxProbe.EventView("Decrypt", "k-1", false, Map.of()));
        probe.events.add(new SandboxProbe.EventView("Decrypt", "k-1", true, Map.of("App", "Billing")));
        HandsOnChecker.Report report = HandsOnChecker.check(task, probe);
        assertThat(report.passed()).isFalse();
        assertThat(report.results().getFirst().actual()).isEqualTo("2 Decrypt call(s), none matching");
        probe.events.add(new SandboxProbe.EventView("Decrypt", "k-1", true, Map.of("app", "billing")));
        assertThat(HandsOnChecker.check(task, probe).passed()).isTrue();
    }

    @Test
    void rotation_goals_check_the_period_and_the_number_of_rotations() {
        Question.HandsOn task = task(goal("rotationEnabled", Map.of("key", "k", "equals", true, "periodInDays", 180)),
                goal("rotationCount", Map.of("key", "k", "atLeast", 1)));
        probe.keys.put("k", new SandboxProbe.KeyView("k-1", "Enabled", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_KMS",
                false, Map.of(), true, 365, 0));
        HandsOnChecker.Report report = HandsOnChecker.check(task, probe);
        assertThat(report.results()).extracting(HandsOnChecker.Result::met).containsExactly(false, false);
        assertThat(report.results().getFirst().actual()).isEqualTo("rotation is on, every 365 days");
        probe.keys.put("k", new SandboxProbe.KeyView("k-1", "Enabled", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_KMS",
                false, Map.of(), true, 180, 1));
        assertThat(HandsOnChecker.check(task, probe).passed()).isTrue();
    }

    @Test
    void every_hands_on_goal_in_the_bank_is_understood_and_unmet_on_an_empty_sandbox() {
        QuestionBank bank = new QuestionBankLoader(QuizSource.directory(Path.of("lessons/quiz")), QuizTopics.PLANNED,
                QuizTopics.PLANNED).load();
        List<Question> handsOn = bank.questions().stream().filter(q -> q.handsOn() != null).toList();
        assertThat(handsOn).isNotEmpty();
        for (Question q : handsOn) {
            HandsOnChecker.Report report = HandsOnChecker.check(q.handsOn(), new FakeProbe());
            assertThat(report.passed()).as(q.id()).isFalse();
            assertThat(report.results()).as(q.id()).allSatisfy(r -> assertThat(r.expectation()).isNotBlank());
        }
    }

    private static Question.HandsOn task(Question.Directive... goals) {
        return new Question.HandsOn("Do the thing in the sandbox.", null, List.of(), List.of(goals), List.of());
    }

    private static Question.Directive goal(String name, Map<String, Object> args) {
        return new Question.Directive(name, args);
    }
}
