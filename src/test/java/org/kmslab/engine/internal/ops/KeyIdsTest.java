package org.kmslab.engine.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyIdsTest {

    @Test
    void a_lower_case_uuid_is_a_key_id() {
        assertThat(KeyIds.isKeyId("1234abcd-12ab-34cd-56ef-1234567890ab")).isTrue();
        assertThat(KeyIds.isKeyId(UUID.randomUUID().toString())).isTrue();
    }

    @Test
    void anything_else_is_not_a_key_id() {
        assertThat(KeyIds.isKeyId(null)).isFalse();
        assertThat(KeyIds.isKeyId("")).isFalse();
        assertThat(KeyIds.isKeyId("1234ABCD-12AB-34CD-56EF-1234567890AB")).isFalse();
        assertThat(KeyIds.isKeyId("1234abcd-12ab-34cd-56ef-1234567890a")).isFalse();
        assertThat(KeyIds.isKeyId("1234abcd-12ab-34cd-56ef-1234567890abc")).isFalse();
        assertThat(KeyIds.isKeyId("1234abcd112ab-34cd-56ef-1234567890ab")).isFalse();
        assertThat(KeyIds.isKeyId("1234abcg-12ab-34cd-56ef-1234567890ab")).isFalse();
        assertThat(KeyIds.isKeyId("alias/1234abcd-12ab-34cd-56ef-123456")).isFalse();
    }
}
