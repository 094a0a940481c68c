package org.kmslab.ui.gallery;

import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.PolicyDecision;

/**
 * A key whose policy allows the account (delegating to IAM) but explicitly denies one role kms:Decrypt. A principal
 * makes a real call, and the engine explains its decision for the same request.
 */
final class PolicyDemo {

    static final String ANALYST = "arn:aws:iam::" + GalleryEngine.ACCOUNT + ":role/Analyst";
    static final String OUTSIDER_ACCOUNT = "444455556666";
    static final String OUTSIDER = "arn:aws:iam::" + OUTSIDER_ACCOUNT + ":role/Outsider";
    static final String POLICY = """
            {"Version":"2012-10-17","Id":"gallery-policy","Statement":[
             {"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%1$s:root"},"Action":"kms:*","Resource":"*"},
             {"Sid":"DenyAnalystDecrypt","Effect":"Deny","Principal":{"AWS":"%2$s"},"Action":"kms:Decrypt","Resource":"*"}
            ]}""".formatted(GalleryEngine.ACCOUNT, ANALYST);

    /** A request made for real, the engine's decision for it, and the policy it was judged by. */
    record Attempt(GalleryEngine.Outcome outcome, PolicyDecision decision, String action, String principal,
            String keyArn, String policy) {
    }

    private final GalleryEngine engine;
    private KeyMetadata key;
    private byte[] blob;

    PolicyDemo(GalleryEngine engine) {
        this.engine = engine;
    }

    Attempt analystDecrypts() {
        return decryptAs(Caller.principal(GalleryEngine.ACCOUNT, ANALYST, CallSource.CONSOLE));
    }

    Attempt outsiderDecrypts() {
        return decryptAs(new Caller(OUTSIDER_ACCOUNT, OUTSIDER, CallSource.CONSOLE, null, null, null));
    }

    Attempt analystEncrypts() {
        ensureKey();
        Caller analyst = Caller.principal(GalleryEngine.ACCOUNT, ANALYST, CallSource.CONSOLE);
        GalleryEngine.Outcome o = engine.run("Encrypt", () -> engine.kms().encrypt(analyst,
                EncryptRequest.of(key.keyId(), new byte[] {42})));
        return explain(o, analyst, "kms:Encrypt");
    }

    private Attempt decryptAs(Caller caller) {
        ensureKey();
        GalleryEngine.Outcome o = engine.run("Decrypt", () -> engine.kms().decrypt(caller,
                DecryptRequest.of(blob).withKeyId(key.arn())));
        return explain(o, caller, "kms:Decrypt");
    }

    private Attempt explain(GalleryEngine.Outcome o, Caller caller, String action) {
        PolicyDecision d = engine.kms().evaluateAccess(caller, key.keyId(), action, null);
        String policy = engine.kms().getKeyPolicy(engine.root(), GetKeyPolicyRequest.of(key.keyId())).policy();
        return new Attempt(o, d, action, caller.principalArn(), key.arn(), policy);
    }

    private void ensureKey() {
        if (key == null) {
            key = engine.kms().createKey(engine.root(), CreateKeyRequest.symmetric().withPolicy(POLICY)
                    .withDescription("policy trace demo")).keyMetadata();
            blob = engine.kms().encrypt(engine.root(), EncryptRequest.of(key.keyId(), new byte[] {7})).ciphertextBlob();
        }
    }
}
