package org.kmslab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;

class GoalCheckerTest {

    private static final String HSM_KEY = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String XKS_KEY = "0987dcba-09fe-87dc-65ba-ab0987654321";

    @Test
    void the_cloudhsm_steps_refused_decrypt_does_not_meet_the_external_key_steps_goal() {
        Lesson.Goal pullThePlug = goalOf("custom-key-stores", "pull-the-plug");
        List<EngineEvent> events = new ArrayList<>(List.of(
                call("CreateKey", arn("us-east-1", HSM_KEY), Map.of("origin", "AWS_CLOUDHSM"), null),
                call("Decrypt", arn("us-east-1", HSM_KEY), Map.of(), "KMSInvalidStateException"),
                call("CreateKey", arn("us-east-1", XKS_KEY), Map.of("origin", "EXTERNAL_KEY_STORE"), null)));

        assertThat(GoalChecker.isMet(pullThePlug, events)).isFalse();

        events.add(call("Decrypt", arn("us-east-1", XKS_KEY), Map.of(), "KMSInvalidStateException"));
        assertThat(GoalChecker.isMet(pullThePlug, events)).isTrue();
    }

    @Test
    void encrypting_with_the_cloudhsm_key_does_not_meet_the_double_encryption_goal() {
        Lesson.Goal doubleEncryption = goalOf("custom-key-stores", "double-encryption");
        List<EngineEvent> events = new ArrayList<>(List.of(
                call("Encrypt", arn("us-east-1", HSM_KEY), Map.of(), null),
                call("Decrypt", arn("us-east-1", HSM_KEY), Map.of(), null),
                call("CreateKey", arn("us-east-1", XKS_KEY), Map.of("origin", "EXTERNAL_KEY_STORE"), null),
                call("Encrypt", arn("us-east-1", XKS_KEY), Map.of(), null)));

        assertThat(GoalChecker.isMet(doubleEncryption, events)).isFalse();

        events.add(call("Decrypt", arn("us-east-1", XKS_KEY), Map.of(), null));
        assertThat(GoalChecker.isMet(doubleEncryption, events)).isTrue();
    }

    @Test
    void matchers_sharing_a_label_are_met_on_one_key_even_when_another_key_matches_the_first() {
        Lesson.Goal goal = new Lesson.Goal("Schedule a key's deletion, then see Encrypt refused on it", List.of(
                matcher("ScheduleKeyDeletion", null, "K"),
                matcher("Encrypt", "KMSInvalidStateException", "K")));
        List<EngineEvent> events = List.of(
                call("ScheduleKeyDeletion", arn("us-east-1", HSM_KEY), Map.of(), null),
                call("ScheduleKeyDeletion", arn("us-east-1", XKS_KEY), Map.of(), null),
                call("Encrypt", arn("us-east-1", XKS_KEY), Map.of(), "KMSInvalidStateException"));

        assertThat(GoalChecker.isMet(goal, events)).isTrue();
        assertThat(GoalChecker.isMet(goal, events.subList(0, 1))).isFalse();
        assertThat(GoalChecker.isMet(goal, List.of(events.get(0), events.get(2)))).isFalse();
    }

    @Test
    void a_lookup_of_a_deleted_key_counts_by_the_key_it_named_and_a_multi_region_copy_is_the_same_key() {
        Lesson.Goal gone = new Lesson.Goal("Schedule the deletion, then find the key gone", List.of(
                matcher("ScheduleKeyDeletion", null, "K"),
                matcher("DescribeKey", "NotFoundException", "K")));
        EngineEvent scheduled = call("ScheduleKeyDeletion", arn("us-east-1", HSM_KEY), Map.of(), null);

        assertThat(GoalChecker.isMet(gone, List.of(scheduled,
                call("DescribeKey", null, Map.of("keyId", HSM_KEY), "NotFoundException")))).isTrue();
        assertThat(GoalChecker.isMet(gone, List.of(scheduled,
                call("DescribeKey", null, Map.of("keyId", arn("us-east-1", HSM_KEY)), "NotFoundException")))).isTrue();
        assertThat(GoalChecker.isMet(gone, List.of(scheduled,
                call("DescribeKey", null, Map.of("keyId", "alias/nothing-here"), "NotFoundException")))).isFalse();

        String mrk = "mrk-1234abcd12ab34cd56ef1234567890ab";
        Lesson.Goal replicaUse = new Lesson.Goal("Create a primary, decrypt with its replica", List.of(
                matcher("CreateKey", null, "M"), matcher("Decrypt", null, "M")));
        assertThat(GoalChecker.isMet(replicaUse, List.of(
                call("CreateKey", arn("us-east-1", mrk), Map.of(), null),
                call("Decrypt", arn("eu-west-1", mrk), Map.of(), null)))).isTrue();
    }

    private static Lesson.Goal goalOf(String lessonId, String stepId) {
        return new LessonLoader(LessonSource.classpath()).loadLesson(lessonId).steps().stream()
                .filter(s -> s.id().equals(stepId)).findFirst().orElseThrow().goal();
    }

    private static Lesson.EventMatcher matcher(String operation, String errorCode, String key) {
        return new Lesson.EventMatcher(operation, errorCode == null ? Lesson.Outcome.SUCCESS : Lesson.Outcome.ERROR,
                errorCode, Map.of(), null, key);
    }

    private static String arn(String region, String keyId) {
        return "arn:aws:kms:" + region + ":111122223333:key/" + keyId;
    }

    private static EngineEvent call(String operation, String keyArn, Map<String, Object> params, String errorCode) {
        String region = keyArn == null ? "us-east-1" : keyArn.split(":")[3];
        return new EngineEvent("e", "r", Instant.EPOCH, operation, EventType.AWS_API_CALL,
                Caller.root("111122223333", CallSource.CONSOLE), "111122223333", region, keyArn, params, null,
                errorCode, errorCode == null ? null : "message", null, false, 0);
    }
}
