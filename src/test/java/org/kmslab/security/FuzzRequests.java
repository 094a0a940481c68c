package org.kmslab.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid requests for every operation (templates whose {@code ${name}} placeholders are filled from the fuzz
 * target's samples) and the mutations that turn them into attacks: members dropped, added, retyped, made huge or
 * absurd; blobs that are not base64 or are truncated, extended, bit-flipped or foreign; bodies cut short, bit-flipped
 * or not JSON at all; random {@code X-Amz-Target} values. Every choice comes from the {@link Random} the fuzz test hands the
 * property, so a failing case replays from its seed.
 */
final class FuzzRequests {

    static final String EC = "\"EncryptionContext\":{\"purpose\":\"fuzz\"}";

    /** At least one valid request per supported operation. */
    static final Map<String, List<String>> TEMPLATES = new TreeMap<>(Map.ofEntries(
            Map.entry("CancelKeyDeletion", List.of("{\"KeyId\":\"${pending}\"}")),
            Map.entry("CreateAlias", List.of("{\"AliasName\":\"alias/fuzz-new\",\"TargetKeyId\":\"${sym}\"}")),
            Map.entry("CreateGrant", List.of("{\"KeyId\":\"${sym}\",\"GranteePrincipal\":\"${developerArn}\","
                    + "\"Operations\":[\"Encrypt\",\"Decrypt\"],\"Constraints\":{\"EncryptionContextSubset\":"
                    + "{\"purpose\":\"fuzz\"}},\"Name\":\"g\"}")),
            Map.entry("CreateKey", List.of("{\"Description\":\"fuzz\",\"KeyUsage\":\"ENCRYPT_DECRYPT\",\"Tags\":"
                    + "[{\"TagKey\":\"k\",\"TagValue\":\"v\"}]}",
                    "{\"KeySpec\":\"HMAC_256\",\"KeyUsage\":\"GENERATE_VERIFY_MAC\"}",
                    "{\"KeySpec\":\"ECC_NIST_P256\",\"KeyUsage\":\"SIGN_VERIFY\",\"Policy\":\"${policy}\"}",
                    "{\"Origin\":\"EXTERNAL\",\"BypassPolicyLockoutSafetyCheck\":false,\"MultiRegion\":false}")),
            Map.entry("Decrypt", List.of("{\"CiphertextBlob\":\"${blob}\"," + EC + "}",
                    "{\"CiphertextBlob\":\"${dataKeyBlob}\"," + EC + ",\"KeyId\":\"${sym}\"}",
                    "{\"CiphertextBlob\":\"${pairBlob}\"," + EC + ",\"EncryptionAlgorithm\":\"SYMMETRIC_DEFAULT\"}",
                    "{\"CiphertextBlob\":\"${rsaBlob}\",\"KeyId\":\"${rsaEnc}\",\"EncryptionAlgorithm\":"
                            + "\"RSAES_OAEP_SHA_256\"}",
                    "{\"CiphertextBlob\":\"${foreignBlob}\"," + EC + "}",
                    "{\"CiphertextBlob\":\"${otherRegionBlob}\"," + EC + "}")),
            Map.entry("DeleteAlias", List.of("{\"AliasName\":\"alias/fuzz-sym\"}")),
            Map.entry("DeleteImportedKeyMaterial", List.of("{\"KeyId\":\"${external}\"}")),
            Map.entry("DescribeKey", List.of("{\"KeyId\":\"alias/fuzz-sym\"}", "{\"KeyId\":\"${symArn}\"}",
                    "{\"KeyId\":\"${foreignKeyArn}\"}")),
            Map.entry("DisableKey", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("DisableKeyRotation", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("EnableKey", List.of("{\"KeyId\":\"${disabled}\"}")),
            Map.entry("EnableKeyRotation", List.of("{\"KeyId\":\"${sym}\",\"RotationPeriodInDays\":365}")),
            Map.entry("Encrypt", List.of("{\"KeyId\":\"${sym}\",\"Plaintext\":\"aGVsbG8=\"," + EC + "}",
                    "{\"KeyId\":\"${rsaEnc}\",\"Plaintext\":\"aGVsbG8=\",\"EncryptionAlgorithm\":"
                            + "\"RSAES_OAEP_SHA_256\"}",
                    "{\"KeyId\":\"alias/fuzz-sym\",\"Plaintext\":\"aGVsbG8=\",\"DryRun\":true}")),
            Map.entry("GenerateDataKey", List.of("{\"KeyId\":\"${sym}\",\"KeySpec\":\"AES_256\"," + EC + "}",
                    "{\"KeyId\":\"${sym}\",\"NumberOfBytes\":64}")),
            Map.entry("GenerateDataKeyPair", List.of("{\"KeyId\":\"${sym}\",\"KeyPairSpec\":\"ECC_NIST_P256\"," + EC
                    + "}")),
            Map.entry("GenerateDataKeyPairWithoutPlaintext", List.of("{\"KeyId\":\"${sym}\",\"KeyPairSpec\":"
                    + "\"ECC_NIST_P384\"}")),
            Map.entry("GenerateDataKeyWithoutPlaintext", List.of("{\"KeyId\":\"${sym}\",\"KeySpec\":\"AES_128\"}")),
            Map.entry("GenerateMac", List.of("{\"KeyId\":\"${hmac}\",\"Message\":\"aGVsbG8=\",\"MacAlgorithm\":"
                    + "\"HMAC_SHA_256\"}")),
            Map.entry("GenerateRandom", List.of("{\"NumberOfBytes\":32}")),
            Map.entry("DeriveSharedSecret", List.of("{\"KeyId\":\"${ecdh}\",\"KeyAgreementAlgorithm\":\"ECDH\","
                    + "\"PublicKey\":\"${ecdhPub}\"}")),
            Map.entry("GetKeyLastUsage", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("CreateCustomKeyStore", List.of("{\"CustomKeyStoreName\":\"fuzz-hsm\",\"CloudHsmClusterId\":"
                    + "\"cluster-1a23b4cdefg\",\"TrustAnchorCertificate\":\"pem\",\"KeyStorePassword\":\"kmsPswd1\"}")),
            Map.entry("DescribeCustomKeyStores", List.of("{}", "{\"CustomKeyStoreName\":\"fuzz-none\"}")),
            Map.entry("ConnectCustomKeyStore", List.of("{\"CustomKeyStoreId\":\"cks-1234567890abcdef0\"}")),
            Map.entry("DisconnectCustomKeyStore", List.of("{\"CustomKeyStoreId\":\"cks-1234567890abcdef0\"}")),
            Map.entry("DeleteCustomKeyStore", List.of("{\"CustomKeyStoreId\":\"cks-1234567890abcdef0\"}")),
            Map.entry("UpdateCustomKeyStore", List.of("{\"CustomKeyStoreId\":\"cks-1234567890abcdef0\","
                    + "\"NewCustomKeyStoreName\":\"fuzz-renamed\"}")),
            Map.entry("ReplicateKey", List.of("{\"KeyId\":\"${sym}\",\"ReplicaRegion\":\"eu-west-1\"}")),
            Map.entry("UpdatePrimaryRegion", List.of("{\"KeyId\":\"${sym}\",\"PrimaryRegion\":\"eu-west-1\"}")),
            Map.entry("GetKeyPolicy", List.of("{\"KeyId\":\"${sym}\",\"PolicyName\":\"default\"}")),
            Map.entry("GetKeyRotationStatus", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("GetParametersForImport", List.of("{\"KeyId\":\"${external}\",\"WrappingAlgorithm\":"
                    + "\"RSAES_OAEP_SHA_256\",\"WrappingKeySpec\":\"RSA_2048\"}")),
            Map.entry("GetPublicKey", List.of("{\"KeyId\":\"${eccSign}\"}", "{\"KeyId\":\"${rsaEnc}\"}")),
            Map.entry("ImportKeyMaterial", List.of("{\"KeyId\":\"${external}\",\"ImportToken\":\"${importToken}\","
                    + "\"EncryptedKeyMaterial\":\"${wrappedMaterial}\",\"ExpirationModel\":"
                    + "\"KEY_MATERIAL_DOES_NOT_EXPIRE\"}")),
            Map.entry("ListAliases", List.of("{\"Limit\":10}", "{\"KeyId\":\"${sym}\"}")),
            Map.entry("ListGrants", List.of("{\"KeyId\":\"${sym}\",\"Limit\":5}")),
            Map.entry("ListKeyPolicies", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("ListKeyRotations", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("ListKeys", List.of("{\"Limit\":5}", "{}")),
            Map.entry("ListResourceTags", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("ListRetirableGrants", List.of("{\"RetiringPrincipal\":\"${adminArn}\"}")),
            Map.entry("PutKeyPolicy", List.of("{\"KeyId\":\"${sym}\",\"PolicyName\":\"default\",\"Policy\":"
                    + "\"${policy}\"}")),
            Map.entry("ReEncrypt", List.of("{\"CiphertextBlob\":\"${blob}\",\"SourceEncryptionContext\":"
                    + "{\"purpose\":\"fuzz\"},\"DestinationKeyId\":\"${sym2}\",\"DestinationEncryptionContext\":"
                    + "{\"a\":\"b\"}}")),
            Map.entry("RetireGrant", List.of("{\"KeyId\":\"${symArn}\",\"GrantId\":\"${grantId}\"}",
                    "{\"GrantToken\":\"${grantToken}\"}")),
            Map.entry("RevokeGrant", List.of("{\"KeyId\":\"${sym}\",\"GrantId\":\"${grantId}\"}")),
            Map.entry("RotateKeyOnDemand", List.of("{\"KeyId\":\"${sym}\"}")),
            Map.entry("ScheduleKeyDeletion", List.of("{\"KeyId\":\"${sym}\",\"PendingWindowInDays\":7}")),
            Map.entry("Sign", List.of("{\"KeyId\":\"${eccSign}\",\"Message\":\"aGVsbG8=\",\"MessageType\":\"RAW\","
                    + "\"SigningAlgorithm\":\"ECDSA_SHA_256\"}",
                    "{\"KeyId\":\"${rsaSign}\",\"Message\":\"aGVsbG8=\",\"SigningAlgorithm\":\"RSASSA_PSS_SHA_256\"}")),
            Map.entry("TagResource", List.of("{\"KeyId\":\"${sym}\",\"Tags\":[{\"TagKey\":\"t\",\"TagValue\":\"v\"}]}")),
            Map.entry("UntagResource", List.of("{\"KeyId\":\"${sym}\",\"TagKeys\":[\"k\"]}")),
            Map.entry("UpdateAlias", List.of("{\"AliasName\":\"alias/fuzz-sym\",\"TargetKeyId\":\"${sym2}\"}")),
            Map.entry("UpdateKeyDescription", List.of("{\"KeyId\":\"${sym}\",\"Description\":\"new\"}")),
            Map.entry("Verify", List.of("{\"KeyId\":\"${eccSign}\",\"Message\":\"aGVsbG8=\",\"MessageType\":\"RAW\","
                    + "\"Signature\":\"${signature}\",\"SigningAlgorithm\":\"ECDSA_SHA_256\"}")),
            Map.entry("VerifyMac", List.of("{\"KeyId\":\"${hmac}\",\"Message\":\"aGVsbG8=\",\"MacAlgorithm\":"
                    + "\"HMAC_SHA_256\",\"Mac\":\"${mac}\"}"))));

    /** Members whose values are base64 blobs. */
    private static final List<String> BLOB_MEMBERS = List.of("CiphertextBlob", "Plaintext", "Message", "Signature",
            "Mac", "ImportToken", "EncryptedKeyMaterial");
    /** Names an attacker might add. */
    private static final List<String> EXTRA_NAMES = List.of("Foo", "__type", "keyid", "KeyId ", "", "\u0000",
            "Recipient", "DryRun", "GrantTokens", "EncryptionContext", "NumberOfBytes", "Limit", "Marker", "KeySpec",
            "Policy", "Tags", "Constraints", "Operations", "ValidTo", "PendingWindowInDays", "CustomKeyStoreId");
    private static final List<String> NASTY_STRINGS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=1>",
            "../../../etc/passwd", "\u0000", "\uFEFF", "\uD83D\uDD11", "alias/aws/kms", "alias/", "alias/aws/",
            "arn:aws:kms:us-east-1:999999999999:key/11111111-2222-3333-4444-555555555555",
            "arn:aws:kms:us-east-1:999999999999:alias/x", "arn:aws:kms::::", "arn:aws:kms:us-east-1:${account}:key/",
            "mrk-0123456789abcdef0123456789abcdef", "${foreignKeyArn}", "${pending}", "${disabled}", "${external}",
            "${hmac}", "${rsaSign}", "${eccSign}", "${rsaEnc}", "%s%s%s%n", "' OR 1=1 --", "{{7*7}}",
            "\u202Eevil", "a".repeat(2049), "SYMMETRIC_DEFAULT", "RSA_4096", "NaN", "-1", "1e400", "null");
    private static final List<String> RANDOM_TARGETS = List.of("", " ", "TrentService.", "TrentService",
            "trentservice.Encrypt", "TrentService.encrypt", "TrentService.Encrypt ", " TrentService.Encrypt",
            "TrentService.Encrypt.Decrypt", "TrentService.CreateCustomKeyStore", "TrentService.GetKeyLastUsage",
            "TrentService.DeriveSharedSecret", "TrentService.ReplicateKey", "TrentService.__proto__",
            "TrentService.toString", "TrentService.getClass", "DynamoDB_20120810.ListTables",
            "TrentService.<script>", "TrentService.\u00e9", "TrentService." + "A".repeat(10_000));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NEST = "__nest_";

    /** One attack: the X-Amz-Target header, the body bytes and a short description for reports. */
    record Attack(String target, byte[] body, String operation, String description) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return description + " -> " + abbreviate(target) + " " + abbreviate(text);
        }
    }

    private final Map<String, String> values;

    FuzzRequests(Map<String, String> values) {
        this.values = values;
    }

    String fill(String template) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", jsonEscape(e.getValue()));
        }
        return out;
    }

    /** A valid request of {@code operation}, then up to {@code mutations} member mutations and maybe a body one. */
    Attack attack(String operation, int mutations, Random random) {
        int roll = random.nextInt(100);
        if (roll < 6) {
            String target = pick(random, RANDOM_TARGETS);
            return new Attack(target, fill(pick(random, TEMPLATES.get(operation))).getBytes(StandardCharsets.UTF_8),
                    target, "random target");
        }
        ObjectNode body = (ObjectNode) JSON.readTree(fill(pick(random, TEMPLATES.get(operation))));
        List<String> done = new ArrayList<>();
        for (int i = 0; i < mutations; i++) {
            done.add(mutateMember(body, random));
        }
        byte[] bytes = nest(JSON.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
        if (roll < 25) {
            int kind = random.nextInt(9);
            done.add("body:" + kind);
            bytes = mutateBody(random, kind, bytes);
        }
        return new Attack("TrentService." + operation, bytes, operation, String.join(",", done));
    }

    private String mutateMember(ObjectNode body, Random random) {
        List<String> names = new ArrayList<>(body.propertyNames());
        String member = names.isEmpty() || random.nextInt(5) == 0 ? pick(random, EXTRA_NAMES)
                : pick(random, names);
        int kind = random.nextInt(11);
        switch (kind) {
            case 0 -> body.remove(member);
            case 1 -> body.set(member, randomValue(random, 0));
            case 2 -> body.put(member, "A".repeat(pick(random, List.of(257, 1025, 2049, 4097, 6145, 8193, 32_769,
                    131_073, 300_000))));
            case 3 -> body.put(member, pick(random, List.of("%%%", "YQ", "====", "YQ==YQ==", "\u0000", "a b",
                    "-_-_", "aGVsbG8", "aGVsbG8=\n", "", "8J+Rjw==")));
            case 4 -> {
                String blobMember = pick(random, BLOB_MEMBERS);
                JsonNode current = body.get(blobMember);
                byte[] blob = current != null && current.isString() ? decode(current.asString())
                        : decode(values.get("blob"));
                body.put(blobMember, Base64.getEncoder().encodeToString(mutateBlob(random, blob)));
                return "blob:" + blobMember;
            }
            case 5 -> body.set(member, pick(random, List.<JsonNode>of(NODES.numberNode(Long.MAX_VALUE),
                    NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(-1), NODES.numberNode(0),
                    NODES.numberNode(2147483648L), NODES.numberNode(1e308), NODES.numberNode(-1e-308),
                    NODES.numberNode(new java.math.BigInteger("9".repeat(400))), NODES.numberNode(1.5),
                    NODES.numberNode(new java.math.BigDecimal("1e-99999")))));
            case 6 -> body.put(member, fill(pick(random, NASTY_STRINGS)).replace("${account}", "000000000000"));
            case 7 -> body.putNull(member);
            case 8 -> body.put(member, NEST + (random.nextInt(2000) + 1) + "__");
            case 9 -> body.set("EncryptionContext", hugeContext(random));
            default -> body.set(member, randomValue(random, 2));
        }
        return kind + ":" + abbreviate(member);
    }

    private static byte[] mutateBody(Random random, int kind, byte[] body) {
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
            case 1 -> concat(body, pick(random, List.of("}", "{", "garbage", ",\"a\":1}", "\u0000", "]]]")));
            case 2 -> randomBytes(random, random.nextInt(512));
            case 3 -> {
                byte[] copy = body.clone();
                if (copy.length > 0) {
                    int at = random.nextInt(copy.length);
                    copy[at] ^= (byte) (1 << random.nextInt(8));
                }
                yield copy;
            }
            case 4 -> pick(random, List.of("[]", "\"x\"", "1", "null", "true", "[{}]", "{}", "", " ", "{\"a\":}"))
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> concat(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, body);
            case 6 -> duplicate(body);
            case 7 -> "[".repeat(random.nextInt(100_000) + 1).getBytes(StandardCharsets.UTF_8);
            default -> concat("\uFEFF".getBytes(StandardCharsets.UTF_8), body);
        };
    }

    private byte[] mutateBlob(Random random, byte[] original) {
        byte[] blob = original.length == 0 ? decode(values.get("blob")) : original;
        return switch (random.nextInt(8)) {
            case 0 -> java.util.Arrays.copyOf(blob, random.nextInt(Math.max(1, blob.length)));
            case 1 -> concat(blob, randomBytes(random, random.nextInt(64) + 1));
            case 2 -> {
                byte[] copy = blob.clone();
                int at = random.nextInt(copy.length);
                copy[at] ^= (byte) (1 << random.nextInt(8));
                yield copy;
            }
            case 3 -> decode(values.get(pick(random, List.of("foreignBlob", "otherRegionBlob", "dataKeyBlob",
                    "pairBlob", "rsaBlob", "signature", "mac", "importToken"))));
            case 4 -> randomBytes(random, pick(random, List.of(1, 16, 100, 256, 4096, 4097, 6144, 6145, 70_000)));
            case 5 -> new byte[0];
            case 6 -> {
                byte[] copy = blob.clone();
                int from = random.nextInt(copy.length);
                for (int i = from; i < Math.min(copy.length, from + 8); i++) {
                    copy[i] = (byte) random.nextInt();
                }
                yield copy;
            }
            default -> concat(java.util.Arrays.copyOf(blob, blob.length / 2), blob);
        };
    }

    private JsonNode randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 5 : 8)) {
            case 0 -> NODES.stringNode(randomString(random));
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(12); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(6); i > 0; i--) {
                    object.set(random.nextBoolean() ? pick(random, EXTRA_NAMES) : randomString(random),
                            randomValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    /** Replaces each {@code "__nest_N__"} with N nested arrays: deeper than Jackson's writer allows building. */
    private static String nest(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + NEST + "(\\d+)__\"").matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int depth = Integer.parseInt(m.group(1));
            m.appendReplacement(out, "[".repeat(depth) + "\"x\"" + "]".repeat(depth));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ObjectNode hugeContext(Random random) {
        ObjectNode context = NODES.objectNode();
        int entries = random.nextBoolean() ? random.nextInt(3000) : 1;
        for (int i = 0; i < entries; i++) {
            context.put(i == 0 && random.nextBoolean() ? "" : "k" + i, "v".repeat(random.nextInt(300)));
        }
        return context;
    }

    private static String randomString(Random random) {
        int length = random.nextInt(40);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : 0x20 + random.nextInt(95);
            out.appendCodePoint(Character.isSurrogate((char) c) && c <= 0xFFFF ? '?' : c);
        }
        return out.toString();
    }

    private static byte[] duplicate(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("{") ? ("{\"KeyId\":\"" + UUID.randomUUID() + "\"," + text.substring(1))
                .replace(",}", "}").getBytes(StandardCharsets.UTF_8) : body;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] concat(byte[] a, String b) {
        return concat(a, b.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) { // an earlier mutation already broke it
            return Base64.getDecoder().decode(values.get("blob"));
        }
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String jsonEscape(String s) {
        String quoted = JSON.writeValueAsString(s);
        return quoted.substring(1, quoted.length() - 1);
    }

    static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " chars)" : s;
    }
}
