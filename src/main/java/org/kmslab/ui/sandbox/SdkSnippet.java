package org.kmslab.ui.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the AWS SDK for Java v2 call equivalent to a form action, e.g.
 * {@code kms.encrypt(r -> r.keyId("alias/demo").plaintext(SdkBytes.fromUtf8String("hi")));}.
 */
final class SdkSnippet {

    private static final Set<String> TEXT_BLOBS = Set.of("Plaintext", "Message");

    private SdkSnippet() {}

    /**
     * @param endpoint the URL this server is reached at (the real port or the public URL)
     * @param blobs    the members that are blobs in this operation's request
     */
    static String of(String endpoint, String operation, Map<String, Object> values, Set<String> blobs,
            Set<String> numbers) {
        StringBuilder sb = new StringBuilder("KmsClient kms = KmsClient.builder()\n")
                .append("        .endpointOverride(URI.create(").append(quoted(endpoint)).append("))\n")
                .append("        .region(Region.US_EAST_1)\n        .build();\n")
                .append("var response = kms.").append(lowerFirst(operation)).append("(r -> r");
        values.forEach((member, value) -> {
            String setter = "\n        ." + lowerFirst(member) + "(";
            switch (value) {
                case Boolean on when on -> sb.append(setter).append("true)");
                case String text when !text.isBlank() -> sb.append(setter).append(literal(member, text.strip(), blobs, numbers)).append(')');
                case List<?> words when !words.isEmpty() -> sb.append(setter).append(words.stream()
                        .map(w -> quoted(String.valueOf(w))).reduce((a, b) -> a + ", " + b).orElse("")).append(')');
                case null, default -> { }
            }
        });
        return sb.append(");").toString();
    }

    private static String literal(String member, String text, Set<String> blobs, Set<String> numbers) {
        if (blobs.contains(member)) {
            return TEXT_BLOBS.contains(member)
                    ? "SdkBytes.fromUtf8String(" + quoted(text) + ")"
                    : "SdkBytes.fromByteArray(Base64.getDecoder().decode(" + quoted(text) + "))";
        }
        if (numbers.contains(member)) {
            return text;
        }
        if (text.contains("=") && !text.startsWith("{") && !text.contains(" ")) {
            return "Map.of(" + String.join(", ", java.util.Arrays.stream(text.split(","))
                    .map(pair -> pair.split("=", 2))
                    .map(kv -> quoted(kv[0]) + ", " + quoted(kv.length > 1 ? kv[1] : ""))
                    .toList()) + ")";
        }
        return quoted(text);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
