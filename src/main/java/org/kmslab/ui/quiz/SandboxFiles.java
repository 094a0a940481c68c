package org.kmslab.ui.quiz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a hands-on setup made, under the refs the question gave it: key ids, ciphertexts (with the context they were
 * made with and the plaintext they must decrypt to), key material kept for the import tool, and other values such as
 * grant ids. Solution steps add their saves here too.
 */
final class SandboxFiles {

    /** A ciphertext the setup made: its blob, the context it was made with and the plaintext it must decrypt to. */
    record SavedCiphertext(String blob, Map<String, String> context, String plaintextBase64) {}

    final Map<String, String> keyIds = new LinkedHashMap<>();
    final Map<String, SavedCiphertext> ciphertexts = new LinkedHashMap<>();
    final Map<String, byte[]> materials = new LinkedHashMap<>();
    final Map<String, String> values = new LinkedHashMap<>();

    String keyId(String ref) {
        String id = keyIds.get(ref);
        if (id == null) {
            throw new IllegalArgumentException("the setup made no key " + ref);
        }
        return id;
    }

    /** The value a {@code "${ref}"} placeholder stands for. */
    String resolve(String ref) {
        if (keyIds.containsKey(ref)) {
            return keyIds.get(ref);
        }
        if (ciphertexts.containsKey(ref)) {
            return ciphertexts.get(ref).blob();
        }
        if (values.containsKey(ref)) {
            return values.get(ref);
        }
        throw new IllegalArgumentException("nothing is saved under " + ref);
    }

    /** The files as the learner sees them: a name with what it is, and the value to paste into requests. */
    Map<String, String> listing() {
        Map<String, String> files = new LinkedHashMap<>();
        keyIds.forEach((ref, id) -> files.put(ref + " (key id)", id));
        ciphertexts.forEach((ref, c) -> files.put(ref + " (ciphertext" + (c.context().isEmpty() ? "" : ", context "
                + c.context()) + ")", c.blob()));
        materials.keySet().forEach(ref -> files.put(ref + " (saved key material)", "use the import tool"));
        return files;
    }
}
