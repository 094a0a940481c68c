package org.kmslab.api;

import java.util.Locale;
import java.util.Set;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.sandbox.SandboxMode;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fair use on a shared server: applies {@link RequestQuotas} to wire calls, per sandbox account and Region, before
 * the gateway runs them. {@code kmslab.throttling}: {@code on}, {@code off}, or {@code auto} (the default: on in
 * strict mode, off in local mode, where one learner owns the machine).
 *
 * <p>The cryptographic operations count against the shared quota of their key's type (symmetric, RSA, ECC, ML-DSA),
 * found from the request's key id without an engine call or event; GenerateDataKeyPair counts against the quota of
 * its {@code KeyPairSpec}. A throttled call never reaches the engine.
 */
@Component
class WireThrottle {

    private static final Set<String> CRYPTO = Set.of("Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey",
            "GenerateDataKeyWithoutPlaintext", "GenerateMac", "VerifyMac", "GenerateRandom", "Sign", "Verify",
            "DeriveSharedSecret");
    private static final Set<String> KEY_PAIR = Set.of("GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean enabled;
    private final RequestQuotas quotas;

    @Autowired
    WireThrottle(SandboxService sandboxes, @Value("${kmslab.throttling:auto}") String setting) {
        this(enabled(setting, sandboxes.mode()), RequestQuotas.systemTime());
    }

    WireThrottle(boolean enabled, RequestQuotas quotas) {
        this.enabled = enabled;
        this.quotas = quotas;
    }

    static boolean enabled(String setting, SandboxMode mode) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            case "auto" -> mode == SandboxMode.STRICT;
            default -> throw new IllegalArgumentException("kmslab.throttling must be on, off or auto, not " + setting);
        };
    }

    boolean enabled() {
        return enabled;
    }

    /** Takes one request of {@code operation} from the caller's quota; false when it is spent. */
    boolean admit(String account, String region, KmsEngine engine, String operation, byte[] body) {
        if (!enabled) {
            return true;
        }
        if (CRYPTO.contains(operation)) {
            RequestQuotas.QuotaClass kind = keyType(engine, operation, body);
            return quotas.tryAcquire(account, region, "Cryptographic operations (" + kind + ")", kind.perSecond);
        }
        if (KEY_PAIR.contains(operation)) {
            String spec = text(parse(body), "KeyPairSpec");
            double rate = RequestQuotas.keyPair(spec);
            return quotas.tryAcquire(account, region, "GenerateDataKeyPair (" + spec + ")", rate);
        }
        Double rate = RequestQuotas.perOperation(operation);
        return rate == null || quotas.tryAcquire(account, region, operation, rate);
    }

    private static RequestQuotas.QuotaClass keyType(KmsEngine engine, String operation, byte[] body) {
        if (operation.equals("GenerateRandom") || operation.equals("GenerateMac") || operation.equals("VerifyMac")) {
            return RequestQuotas.QuotaClass.SYMMETRIC;
        }
        JsonNode request = parse(body);
        String keyId = text(request, operation.equals("ReEncrypt") ? "DestinationKeyId" : "KeyId");
        if (keyId == null || keyId.length() > 2048) {
            return RequestQuotas.QuotaClass.SYMMETRIC;
        }
        String spec = engine.observeKey(keyId).map(KeyMetadata::keySpec).orElse("SYMMETRIC_DEFAULT");
        if (spec.startsWith("RSA_")) {
            return RequestQuotas.QuotaClass.RSA;
        }
        if (spec.startsWith("ECC_") || spec.equals("SM2")) {
            return RequestQuotas.QuotaClass.ECC;
        }
        return spec.startsWith("ML_DSA") ? RequestQuotas.QuotaClass.ML_DSA : RequestQuotas.QuotaClass.SYMMETRIC;
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null; // the gateway answers SerializationException; the call still counts as symmetric
        }
    }

    private static String text(JsonNode request, String member) {
        if (request == null || !request.isObject()) {
            return null;
        }
        JsonNode value = request.get(member);
        return value != null && value.isString() ? value.asString() : null;
    }
}
