package org.kmslab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstructorSecretTest {

    @Test
    void a_configured_secret_matches_only_itself() {
        InstructorSecret secret = new InstructorSecret("s3cret-for-class");
        assertThat(secret.matches("s3cret-for-class")).isTrue();
        assertThat(secret.matches(" s3cret-for-class ")).isTrue();
        assertThat(secret.matches("s3cret-for-clas")).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void an_unset_secret_is_generated_and_matches_nothing_guessable() {
        InstructorSecret secret = new InstructorSecret("");
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches("null")).isFalse();
    }
}
