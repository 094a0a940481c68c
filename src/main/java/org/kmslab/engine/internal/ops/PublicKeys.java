package org.kmslab.engine.internal.ops;

import java.util.List;

import org.kmslab.engine.api.DataKeyPairSpec;
import org.kmslab.engine.api.GenerateDataKeyPairRequest;
import org.kmslab.engine.api.GenerateDataKeyPairResult;
import org.kmslab.engine.api.GenerateDataKeyPairWithoutPlaintextRequest;
import org.kmslab.engine.api.GenerateDataKeyPairWithoutPlaintextResult;
import org.kmslab.engine.api.GetPublicKeyRequest;
import org.kmslab.engine.api.GetPublicKeyResult;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.api.WireEnum;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.internal.crypto.DataKeyPairs;
import org.kmslab.engine.internal.store.ManagedKey;

/** GetPublicKey, GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext. */
public final class PublicKeys {

    private final KeyResolver resolver;

    public PublicKeys(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public GetPublicKeyResult getPublicKey(Call call, GetPublicKeyRequest r) {
        Validate.grantTokens(r.grantTokens());
        ManagedKey key = resolver.usable(call, r.keyId(), "kms:GetPublicKey", null, r.grantTokens());
        if (key.spec() == KeySpec.SYMMETRIC_DEFAULT || KeySpecs.isHmac(key.spec())) {
            throw new KmsUnsupportedOperationException(key.arn() + " key spec is " + key.spec().wire()
                    + " which is not valid for GetPublicKey.");
        }
        byte[] der = Signing.material(call, key).publicKeyDer();
        return new GetPublicKeyResult(key.arn(), der, key.spec().wire(), key.spec().wire(), key.usage().wire(),
                wires(KeySpecs.encryptionAlgorithms(key.spec(), key.usage())),
                wires(KeySpecs.signingAlgorithms(key.spec(), key.usage())),
                wires(KeySpecs.keyAgreementAlgorithms(key.usage())));
    }

    public GenerateDataKeyPairResult generateDataKeyPair(Call call, GenerateDataKeyPairRequest r) {
        Pair p = generate(call, r.keyId(), r.keyPairSpec(), r.encryptionContext(), r.grantTokens(), r.dryRun(),
                "kms:GenerateDataKeyPair");
        return new GenerateDataKeyPairResult(p.blob(), p.generated().privateKeyPkcs8(),
                p.generated().publicKeyDer(), p.keyArn(), p.spec().wire(), call.keyMaterialId());
    }

    public GenerateDataKeyPairWithoutPlaintextResult generateDataKeyPairWithoutPlaintext(Call call,
            GenerateDataKeyPairWithoutPlaintextRequest r) {
        Pair p = generate(call, r.keyId(), r.keyPairSpec(), r.encryptionContext(), r.grantTokens(), r.dryRun(),
                "kms:GenerateDataKeyPairWithoutPlaintext");
        return new GenerateDataKeyPairWithoutPlaintextResult(p.blob(), p.generated().publicKeyDer(), p.keyArn(),
                p.spec().wire(), call.keyMaterialId());
    }

    private record Pair(byte[] blob, DataKeyPairs.Generated generated, String keyArn, DataKeyPairSpec spec) {
    }

    private Pair generate(Call call, String keyId, String pairSpec, java.util.Map<String, String> context,
            List<String> grantTokens, Boolean dryRun, String action) {
        Validate.required("keyId", keyId);
        DataKeyPairSpec spec = DataKeyPairSpec.fromWire("keyPairSpec", Validate.required("keyPairSpec", pairSpec));
        Validate.grantTokens(grantTokens);
        ManagedKey key = resolver.usable(call, keyId, action, context, grantTokens);
        Regions.requireOffered(KeyIds.parseArn(key.arn()).region(), KeySpec.valueOf(spec.name()), "KeyPairSpec");
        KeyResolver.requireSymmetric(call.operation(), key);
        Validate.dryRun(dryRun);
        DataKeyPairs.Generated g = DataKeyPairs.generate(KeySpec.valueOf(spec.name()));
        return new Pair(Blobs.seal(call, key, g.privateKeyPkcs8(), context), g, key.arn(), spec);
    }

    private static List<String> wires(List<? extends WireEnum> values) {
        return values.isEmpty() ? null : values.stream().map(WireEnum::wire).toList();
    }
}
