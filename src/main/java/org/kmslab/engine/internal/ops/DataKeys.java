package org.kmslab.engine.internal.ops;

import java.util.List;
import java.util.Map;

import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GenerateDataKeyResult;
import org.kmslab.engine.api.GenerateDataKeyWithoutPlaintextRequest;
import org.kmslab.engine.api.GenerateDataKeyWithoutPlaintextResult;
import org.kmslab.engine.api.GenerateRandomRequest;
import org.kmslab.engine.api.GenerateRandomResult;
import org.kmslab.engine.internal.crypto.Rng;
import org.kmslab.engine.internal.store.ManagedKey;

/** GenerateDataKey, GenerateDataKeyWithoutPlaintext and GenerateRandom. */
public final class DataKeys {

    private final KeyResolver resolver;

    public DataKeys(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public GenerateDataKeyResult generateDataKey(Call call, GenerateDataKeyRequest r) {
        Sealed s = generate(call, r.keyId(), r.keySpec(), r.numberOfBytes(), r.encryptionContext(), r.grantTokens(),
                r.dryRun(), "kms:GenerateDataKey");
        return new GenerateDataKeyResult(s.blob(), s.plaintext(), s.keyArn(), call.keyMaterialId());
    }

    public GenerateDataKeyWithoutPlaintextResult generateDataKeyWithoutPlaintext(Call call,
            GenerateDataKeyWithoutPlaintextRequest r) {
        Sealed s = generate(call, r.keyId(), r.keySpec(), r.numberOfBytes(), r.encryptionContext(), r.grantTokens(),
                r.dryRun(), "kms:GenerateDataKeyWithoutPlaintext");
        return new GenerateDataKeyWithoutPlaintextResult(s.blob(), s.keyArn(), call.keyMaterialId());
    }

    public GenerateRandomResult generateRandom(Call call, GenerateRandomRequest r) {
        if (r.numberOfBytes() == null) {
            throw Validate.fail("NumberOfBytes is required.");
        }
        Validate.range("numberOfBytes", r.numberOfBytes(), 1, 1024);
        if (r.customKeyStoreId() != null) {
            CustomKeyStoreOps.requireRandomSource(resolver.core(), r.customKeyStoreId());
        }
        return new GenerateRandomResult(Rng.bytes(r.numberOfBytes()));
    }

    private record Sealed(byte[] blob, byte[] plaintext, String keyArn) {
        @Override
        public String toString() {
            return "Sealed[" + keyArn + ", plaintext redacted]";
        }
    }

    private Sealed generate(Call call, String keyId, String keySpec, Integer numberOfBytes,
            Map<String, String> context, List<String> grantTokens, Boolean dryRun, String action) {
        Validate.required("keyId", keyId);
        DataKeySpec spec = DataKeySpec.fromWire("keySpec", keySpec);
        Validate.range("numberOfBytes", numberOfBytes, 1, 1024);
        if ((spec == null) == (numberOfBytes == null)) {
            throw Validate.fail("Please specify either number of bytes or key spec.");
        }
        Validate.grantTokens(grantTokens);
        ManagedKey key = resolver.usable(call, keyId, action, context, grantTokens);
        KeyResolver.requireSymmetric(call.operation(), key);
        Validate.dryRun(dryRun);
        int length = spec == null ? numberOfBytes : spec == DataKeySpec.AES_128 ? 16 : 32;
        byte[] plaintext = Rng.bytes(length);
        return new Sealed(Blobs.seal(call, key, plaintext, context), plaintext, key.arn());
    }
}
