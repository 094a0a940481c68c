package org.kmslab.api;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * AWS KMS's default request quotas (per account and Region, {@code KMS-REFERENCE.md} §1.14, from
 * https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html) as token buckets: each bucket holds
 * one second of its rate (at least one request) and refills continuously, so a sandbox may burst to its quota and
 * then sustain it. The cryptographic operations share buckets by key type, as on AWS; every other operation has its
 * own bucket.
 *
 * <p>Thread-safe. Time comes from an injected nanosecond source, so tests can step it.
 */
final class RequestQuotas {

    /** AWS's message for every throttled call. */
    static final String THROTTLED = "You have exceeded the rate at which you may call KMS. Reduce the frequency of "
            + "your calls.";

    /** Requests per second of each per-operation quota (the shared cryptographic ones are in {@link QuotaClass}). */
    private static final Map<String, Double> PER_OPERATION = Map.ofEntries(
            Map.entry("DescribeKey", 2000.0), Map.entry("GetPublicKey", 2000.0), Map.entry("ListResourceTags", 2000.0),
            Map.entry("GetKeyPolicy", 1000.0), Map.entry("GetKeyRotationStatus", 1000.0),
            Map.entry("ListAliases", 500.0), Map.entry("ListKeys", 500.0),
            Map.entry("ListGrants", 100.0), Map.entry("ListKeyPolicies", 100.0),
            Map.entry("ListRetirableGrants", 100.0), Map.entry("ListKeyRotations", 100.0),
            Map.entry("CreateGrant", 50.0), Map.entry("RetireGrant", 30.0), Map.entry("RevokeGrant", 30.0),
            Map.entry("DeleteAlias", 15.0), Map.entry("EnableKeyRotation", 15.0), Map.entry("PutKeyPolicy", 15.0),
            Map.entry("ScheduleKeyDeletion", 15.0), Map.entry("RotateKeyOnDemand", 15.0),
            Map.entry("TagResource", 10.0),
            Map.entry("CancelKeyDeletion", 5.0), Map.entry("CreateAlias", 5.0), Map.entry("CreateKey", 5.0),
            Map.entry("DisableKey", 5.0), Map.entry("DisableKeyRotation", 5.0), Map.entry("EnableKey", 5.0),
            Map.entry("ImportKeyMaterial", 5.0), Map.entry("DeleteImportedKeyMaterial", 5.0),
            Map.entry("UntagResource", 5.0), Map.entry("UpdateAlias", 5.0), Map.entry("UpdateKeyDescription", 5.0),
            Map.entry("ReplicateKey", 5.0), Map.entry("UpdatePrimaryRegion", 5.0),
            Map.entry("GetParametersForImport", 0.25));

    /** GenerateDataKeyPair(WithoutPlaintext) quotas by {@code KeyPairSpec}. */
    private static final Map<String, Double> KEY_PAIR = Map.of("ECC_NIST_P256", 25.0, "ECC_NIST_P384", 10.0,
            "ECC_NIST_P521", 5.0, "ECC_SECG_P256K1", 25.0, "RSA_2048", 1.0, "RSA_3072", 0.5, "RSA_4096", 0.1,
            "SM2", 25.0, "ECC_NIST_EDWARDS25519", 25.0);

    /** The shared quotas of cryptographic operations, by the kind of key they use. */
    enum QuotaClass {
        SYMMETRIC(10_000), RSA(1_000), ECC(1_000), ML_DSA(1_000);

        final double perSecond;

        QuotaClass(double perSecond) {
            this.perSecond = perSecond;
        }
    }

    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestQuotas(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Real time. */
    static RequestQuotas systemTime() {
        return new RequestQuotas(System::nanoTime);
    }

    /**
     * Takes one request from the quota {@code quota} of {@code account} in {@code region}; false when the quota is
     * spent (the caller answers ThrottlingException).
     */
    boolean tryAcquire(String account, String region, String quota, double perSecond) {
        Bucket bucket = buckets.computeIfAbsent(account + '|' + region + '|' + quota, k -> new Bucket(perSecond,
                nanoTime.getAsLong()));
        return bucket.tryTake(nanoTime.getAsLong());
    }

    /** The quota name and rate of a non-cryptographic operation, or null when it has none of its own. */
    static Double perOperation(String operation) {
        return PER_OPERATION.get(operation);
    }

    /** The rate of GenerateDataKeyPair for {@code keyPairSpec}; an unknown spec (refused later) gets the lowest. */
    static double keyPair(String keyPairSpec) {
        Double rate = keyPairSpec == null ? null : KEY_PAIR.get(keyPairSpec);
        return rate == null ? 0.1 : rate;
    }

    /** A token bucket: {@code max(1, rate)} tokens, refilled at {@code rate} per second. */
    private static final class Bucket {
        private final double rate;
        private final double capacity;
        private double tokens;
        private long last;

        Bucket(double rate, long now) {
            this.rate = rate;
            this.capacity = Math.max(1.0, rate);
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean tryTake(long now) {
            if (now > last) {
                tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
                last = now;
            }
            if (tokens >= 1.0) {
                tokens -= 1.0;
                return true;
            }
            return false;
        }
    }
}
