package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CiphertextFormat;
import org.kmslab.engine.api.CiphertextLayout;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;

/**
 * No plaintext, ciphertext or key material ever reaches the audit table or its journal: after real calls with a known
 * marker, every column of every stored row and every byte of the journal are scanned for the marker and the
 * ciphertext in text, Base64 and hex.
 */
class NoSecretsStoredTest {

    private static final String MARKER = "MARKER-7f3a9c-plaintext-never-logged";

    private final AuditFixture f = new AuditFixture();

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void no_stored_row_contains_plaintext_or_ciphertext_in_any_encoding() {
        String key = f.symmetricKey();
        byte[] plaintext = MARKER.getBytes(StandardCharsets.UTF_8);
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(key, plaintext, Map.of("purpose", "leak-test")))
                .ciphertextBlob();
        byte[] decrypted = f.kms.decrypt(f.root, DecryptRequest.of(blob, Map.of("purpose", "leak-test")))
                .plaintext();
        assertThat(decrypted).isEqualTo(plaintext);
        byte[] tampered = blob.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(tampered)));

        List<String> rows = f.allColumnsOfAllRows();
        assertThat(rows).hasSize(4);
        assertThat(String.join("\n", rows)).contains(key, "leak-test");
        String journal = f.journalBytes();
        assertThat(journal).contains(key, "leak-test");
        List<String> stored = new ArrayList<>(rows);
        stored.add(journal);
        for (String row : stored) {
            for (String secret : encodings(plaintext)) {
                assertThat(row).doesNotContain(secret);
            }
            for (String secret : encodings(blob)) {
                assertThat(row).doesNotContain(secret);
            }
            // The secret parts of the blob on their own: nonce, encrypted body and tag (the header names the key
            // and its material version, which CloudTrail shows too).
            for (CiphertextLayout.Field field : CiphertextFormat.parseCiphertext(blob).fields()) {
                if (List.of("iv", "ciphertext", "tag").contains(field.name())) {
                    byte[] part = Arrays.copyOfRange(blob, field.offset(), field.offset() + field.length());
                    for (String secret : encodings(part)) {
                        assertThat(row).doesNotContain(secret);
                    }
                }
            }
        }
    }

    private static List<String> encodings(byte[] bytes) {
        return List.of(new String(bytes, StandardCharsets.ISO_8859_1), Base64.getEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), HexFormat.of().formatHex(bytes),
                HexFormat.of().withUpperCase().formatHex(bytes));
    }
}
