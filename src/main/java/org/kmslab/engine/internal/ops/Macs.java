package org.kmslab.engine.internal.ops;

import java.util.List;

import org.kmslab.engine.api.GenerateMacRequest;
import org.kmslab.engine.api.GenerateMacResult;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.api.VerifyMacRequest;
import org.kmslab.engine.api.VerifyMacResult;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.internal.crypto.HmacMaterial;
import org.kmslab.engine.internal.store.ManagedKey;

/** GenerateMac and VerifyMac; the algorithm must be the one of the key's HMAC spec. */
public final class Macs {

    private final KeyResolver resolver;

    public Macs(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public GenerateMacResult generateMac(Call call, GenerateMacRequest r) {
        Checked c = check(call, r.keyId(), r.message(), r.macAlgorithm(), "kms:GenerateMac", r.grantTokens());
        Validate.dryRun(r.dryRun());
        return new GenerateMacResult(c.material().mac(c.algorithm(), r.message()), c.algorithm().wire(),
                c.key().arn());
    }

    public VerifyMacResult verifyMac(Call call, VerifyMacRequest r) {
        Validate.blob("mac", r.mac(), 1, 6144);
        Checked c = check(call, r.keyId(), r.message(), r.macAlgorithm(), "kms:VerifyMac", r.grantTokens());
        Validate.dryRun(r.dryRun());
        c.material().verify(c.algorithm(), r.message(), r.mac());
        return new VerifyMacResult(c.key().arn(), true, c.algorithm().wire());
    }

    private record Checked(ManagedKey key, MacAlgorithm algorithm, HmacMaterial material) {
    }

    private Checked check(Call call, String keyId, byte[] message, String algorithm, String action,
            List<String> grantTokens) {
        Validate.required("keyId", keyId);
        Validate.blob("message", message, 1, 4096);
        MacAlgorithm alg = MacAlgorithm.fromWire("macAlgorithm", Validate.required("macAlgorithm", algorithm));
        Validate.grantTokens(grantTokens);
        ManagedKey key = resolver.usable(call, keyId, action, null, grantTokens);
        if (!KeySpecs.macAlgorithms(key.spec()).contains(alg)) {
            throw new InvalidKeyUsageException("Algorithm " + alg.wire() + " is incompatible with key spec "
                    + key.spec().wire() + ".");
        }
        var v = key.current().orElseThrow();
        call.keyMaterialId(v.materialId());
        return new Checked(key, alg, (HmacMaterial) v.material());
    }
}
