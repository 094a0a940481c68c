package org.kmslab.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootKeyTest {

    @TempDir
    Path dir;

    @Test
    void a_new_key_file_is_readable_by_its_owner_only_and_holds_base64_of_32_bytes() throws Exception {
        Path file = dir.resolve("nested").resolve("root.key");
        RootKey.createFile(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(RootKey.readableByOthers(file)).isFalse();
        assertThat(dir.resolve("nested")).isDirectoryNotContaining(p -> p.toString().endsWith(".new"));
    }

    @Test
    void the_same_file_gives_the_same_sub_keys_and_purposes_give_different_ones() {
        Path file = dir.resolve("root.key");
        RootKey created = RootKey.createFile(file);
        RootKey read = RootKey.readFile(file);

        assertThat(read.derive("kmslab/credentials/v1")).isEqualTo(created.derive("kmslab/credentials/v1"));
        assertThat(read.derive("kmslab/credentials/v1")).isNotEqualTo(read.derive("kmslab/key-check/v1"));
    }

    @Test
    void a_malformed_environment_key_is_refused_without_echoing_it() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> RootKey.fromEnvironment(tooShort)).hasMessageContaining("must be 32 bytes")
                .hasMessageNotContaining(tooShort);
        assertThatThrownBy(() -> RootKey.fromEnvironment("not base64!")).hasMessageContaining("not valid base64")
                .hasMessageNotContaining("not base64!");
    }

    @Test
    void to_string_is_redacted() {
        assertThat(RootKey.createFile(dir.resolve("root.key")).toString()).contains("redacted");
    }
}
