package org.kmslab.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kmslab.engine.api.WireEnum;

/**
 * A second line of defence behind the engine's promise that event parameters carry no secrets: copies a parameter
 * map, dropping every member whose name is a known secret or bulk-data field (at any depth) and every binary value,
 * and turns the rest into plain JSON values (enums as their AWS wire string, instants as ISO-8601 UTC).
 */
final class SecretScrub {

    /** Member names (lower-cased) that CloudTrail never logs for KMS: data, key material, tokens, passwords. */
    static final Set<String> SECRET_NAMES = Set.of("plaintext", "ciphertext", "ciphertextblob",
            "sourceciphertextblob", "ciphertextforrecipient", "encryptedkeymaterial", "keymaterial",
            "privatekeyplaintext", "privatekeyciphertextblob", "publickey", "otherpartypublickey", "sharedsecret",
            "message", "signature", "mac", "importtoken", "granttoken", "granttokens", "attestationdocument",
            "keystorepassword", "xksproxyauthenticationcredential", "secret", "password");

    private SecretScrub() {
    }

    /** A scrubbed, unmodifiable copy, or null for null. */
    static Map<String, Object> scrub(Map<String, ?> parameters) {
        if (parameters == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name != null && !isSecretName(name)) {
                Object clean = clean(value);
                if (clean != null) {
                    out.put(name, clean);
                }
            }
        });
        return Collections.unmodifiableMap(out);
    }

    static boolean isSecretName(String name) {
        return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Object clean(Object value) {
        if (value == null || value instanceof byte[] || value instanceof char[]) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> nested = new LinkedHashMap<>();
            map.forEach((k, v) -> nested.put(String.valueOf(k), v));
            return scrub(nested);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                Object clean = clean(element);
                if (clean != null) {
                    copy.add(clean);
                }
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof WireEnum wire) {
            return wire.wire();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }
}
