package org.kmslab.ui.quiz;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kmslab.sandbox.services.Workspace;

/**
 * What a hands-on setup made, under the refs the question gave it: key ids, ciphertexts (with the context they were
 * made with and the plaintext they must decrypt to), and other values such as grant ids. Ciphertexts and key material
 * are also files of the learner's console ({@link #workspace}): {@code <ref>.enc} and {@code <ref>.bin}, as a learner
 * would keep them on disk and pass them with {@code fileb://}.
 */
final class SandboxFiles {

    /** A ciphertext the setup made: its blob, the context it was made with and the plaintext it must decrypt to. */
    record SavedCiphertext(String blob, Map<String, String> context, String plaintextBase64) {}

    final Map<String, String> keyIds = new LinkedHashMap<>();
    final Map<String, SavedCiphertext> ciphertexts = new LinkedHashMap<>();
    final Map<String, String> values = new LinkedHashMap<>();
    /** The console's files: nothing but what the setup saved. */
    final Workspace workspace = new Workspace(Workspace.DEFAULT_LIMIT);

    static String ciphertextFile(String ref) {
        return ref + ".enc";
    }

    static String materialFile(String ref) {
        return ref + ".bin";
    }

    String keyId(String ref) {
        String id = keyIds.get(ref);
        if (id == null) {
            throw new IllegalArgumentException("the setup made no key " + ref);
        }
        return id;
    }

    /** What each {@code ${ref}} of a solution stands for before it runs: key ids, grant ids, ciphertext blobs. */
    Map<String, String> known() {
        Map<String, String> known = new LinkedHashMap<>(keyIds);
        ciphertexts.forEach((ref, c) -> known.put(ref, c.blob()));
        known.putAll(values);
        return known;
    }

    /** The setup's keys as the learner sees them: the ref the task names, and its key id. */
    Map<String, String> keys() {
        return new LinkedHashMap<>(keyIds);
    }

    /** The console files with what each holds, for the task's "in your sandbox" list. */
    Map<String, String> fileNotes() {
        Map<String, String> notes = new LinkedHashMap<>();
        workspace.list().forEach(f -> notes.put(f.name(), (f.name().endsWith(".enc") ? "ciphertext, "
                : "key material, ") + f.size() + " bytes"));
        return notes;
    }
}
