package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.GrantConstraints;
import org.kmslab.engine.api.ListGrantsRequest;
import org.kmslab.engine.api.ListKeyPoliciesRequest;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.engine.api.ListRetirableGrantsRequest;
import org.kmslab.engine.api.PolicyDecision;
import org.kmslab.engine.api.PutKeyPolicyRequest;
import org.kmslab.engine.api.RetireGrantRequest;
import org.kmslab.engine.api.RevokeGrantRequest;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.exception.AccessDeniedException;
import org.kmslab.engine.exception.InvalidGrantTokenException;
import org.kmslab.engine.exception.MalformedPolicyDocumentException;
import org.kmslab.engine.exception.NotFoundException;

/** Key policies, IAM delegation, conditions, grants and AWS managed keys. */
class AccessTest {

    private final Fixture f = new Fixture();
    private final String bobArn = "arn:aws:iam::" + Fixture.ACCOUNT + ":user/bob";
    private final Caller bob = Caller.principal(Fixture.ACCOUNT, bobArn, CallSource.LESSON);
    private final byte[] data = {1};

    @Test
    void the_default_policy_is_returned_as_aws_returns_it() {
        String keyId = f.symmetricKey();
        String policy = f.kms.getKeyPolicy(f.root, GetKeyPolicyRequest.of(keyId)).policy();
        assertThat(policy).contains("\"Sid\" : \"Enable IAM User Permissions\"")
                .contains("\"AWS\" : \"arn:aws:iam::111122223333:root\"").contains("\"Action\" : \"kms:*\"");
        assertThat(f.kms.listKeyPolicies(f.root, ListKeyPoliciesRequest.of(keyId)).policyNames())
                .containsExactly("default");
    }

    @Test
    void the_account_root_delegates_to_iam() {
        KmsEngine strict = new KmsEngine(Fixture.ACCOUNT, Fixture.REGION, f.clock,
                (principal, action, resource) -> !principal.equals(bobArn));
        String keyId = strict.createKey(f.root, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        assertThatThrownBy(() -> strict.encrypt(bob, EncryptRequest.of(keyId, data)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("User: " + bobArn + " is not authorized to perform: kms:Encrypt on resource: "
                        + f.arn(keyId) + " because no resource-based policy allows the kms:Encrypt action");
        assertThat(f.kms.encrypt(bob, EncryptRequest.of(f.symmetricKey(), data)).ciphertextBlob()).isNotEmpty();
    }

    @Test
    void an_explicit_deny_wins_and_the_trace_names_the_statement() {
        String keyId = f.symmetricKey();
        f.kms.putKeyPolicy(f.root, PutKeyPolicyRequest.of(keyId, policy("""
                {"Sid":"DenyBobDecrypt","Effect":"Deny","Principal":{"AWS":"%s"},"Action":"kms:Decrypt",
                 "Resource":"*"}""".formatted(bobArn))));
        byte[] blob = f.kms.encrypt(bob, EncryptRequest.of(keyId, data)).ciphertextBlob();
        assertThatThrownBy(() -> f.kms.decrypt(bob, DecryptRequest.of(blob)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageEndingWith("with an explicit deny in a resource-based policy");
        PolicyDecision d = f.kms.evaluateAccess(bob, keyId, "kms:Decrypt", Map.of());
        assertThat(d.decision()).isEqualTo(PolicyDecision.Decision.EXPLICIT_DENY);
        assertThat(d.decidedBy()).isEqualTo("DenyBobDecrypt");
        assertThat(d.trace()).isNotEmpty();
        assertThat(f.kms.evaluateAccess(f.root, keyId, "kms:Decrypt", Map.of()).decidedBy())
                .isEqualTo("Enable IAM User Permissions");
    }

    @Test
    void a_policy_changed_back_and_forth_is_enforced_on_every_next_call() {
        String keyId = f.symmetricKey();
        String denyBob = policy("""
                {"Sid":"DenyBobEncrypt","Effect":"Deny","Principal":{"AWS":"%s"},"Action":"kms:Encrypt",
                 "Resource":"*"}""".formatted(bobArn));
        String allowBob = policy("""
                {"Sid":"AllowBobEncrypt","Effect":"Allow","Principal":{"AWS":"%s"},"Action":"kms:Encrypt",
                 "Resource":"*"}""".formatted(bobArn));
        for (int round = 0; round < 2; round++) {
            f.kms.putKeyPolicy(f.root, PutKeyPolicyRequest.of(keyId, denyBob));
            assertThatThrownBy(() -> f.kms.encrypt(bob, EncryptRequest.of(keyId, data)))
                    .isInstanceOf(AccessDeniedException.class);
            f.kms.putKeyPolicy(f.root, PutKeyPolicyRequest.of(keyId, allowBob));
            assertThat(f.kms.encrypt(bob, EncryptRequest.of(keyId, data)).ciphertextBlob()).isNotEmpty();
        }
    }

    @Test
    void encryption_context_conditions_are_evaluated() {
        String keyId = f.symmetricKey();
        f.kms.putKeyPolicy(f.root, PutKeyPolicyRequest.of(keyId, policy("""
                {"Sid":"OnlyHr","Effect":"Deny","Principal":"*","Action":"kms:Encrypt","Resource":"*",
                 "Condition":{"StringNotEquals":{"kms:EncryptionContext:dept":"hr"}}}""")));
        assertThat(f.kms.encrypt(bob, EncryptRequest.of(keyId, data, Map.of("dept", "hr"))).ciphertextBlob())
                .isNotEmpty();
        assertThatThrownBy(() -> f.kms.encrypt(bob, EncryptRequest.of(keyId, data, Map.of("dept", "it"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.kms.encrypt(bob, EncryptRequest.of(keyId, data)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void put_key_policy_rejects_malformed_documents_and_lockout() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.putKeyPolicy(f.root, PutKeyPolicyRequest.of(keyId, "{not json")))
                .isInstanceOf(MalformedPolicyDocumentException.class);
        String onlyBob = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"%s"},
                 "Action":"kms:*","Resource":"*"}]}""".formatted(bobArn);
        assertThatThrownBy(() -> f.kms.putKeyPolicy(f.root, PutKeyPolicyRequest.of(keyId, onlyBob)))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessage("The new key policy will not allow you to update the key policy in the future.");
    }

    @Test
    void a_grant_allows_its_grantee_at_once_within_its_constraints() {
        String keyId = f.symmetricKey();
        String aliceArn = "arn:aws:iam::444455556666:role/alice";
        Caller alice = Caller.principal("444455556666", aliceArn, CallSource.LESSON);
        assertThatThrownBy(() -> f.kms.encrypt(alice, EncryptRequest.of(f.arn(keyId), data)))
                .isInstanceOf(AccessDeniedException.class);
        var grant = f.kms.createGrant(f.root, new CreateGrantRequest(keyId, aliceArn, f.root.principalArn(),
                List.of("Encrypt", "Decrypt"), new GrantConstraints(Map.of("app", "pay"), null), null, "pay", null));
        assertThat(grant.grantId()).hasSize(64);
        byte[] blob = f.kms.encrypt(alice, EncryptRequest.of(f.arn(keyId), data, Map.of("app", "pay", "x", "y"))
                .withGrantTokens(List.of(grant.grantToken()))).ciphertextBlob();
        assertThat(f.kms.decrypt(alice, DecryptRequest.of(blob, Map.of("app", "pay", "x", "y"))).plaintext())
                .isEqualTo(data);
        assertThatThrownBy(() -> f.kms.encrypt(alice, EncryptRequest.of(f.arn(keyId), data, Map.of("app", "hr"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.kms.evaluateAccess(alice, keyId, "kms:Encrypt", Map.of("app", "pay")).decidedBy())
                .isEqualTo("grant " + grant.grantId());
        assertThat(f.kms.listGrants(f.root, ListGrantsRequest.of(keyId)).grants()).hasSize(1);
        assertThat(f.kms.listRetirableGrants(f.root, ListRetirableGrantsRequest.of(f.root.principalArn())).grants())
                .hasSize(1);
        f.kms.retireGrant(f.root, RetireGrantRequest.byToken(grant.grantToken()));
        assertThat(f.kms.listGrants(f.root, ListGrantsRequest.of(keyId)).grants()).isEmpty();
        assertThatThrownBy(() -> f.kms.encrypt(alice, EncryptRequest.of(f.arn(keyId), data, Map.of("app", "pay"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void revoke_grant_removes_it_and_bad_tokens_are_rejected() {
        String keyId = f.symmetricKey();
        var g = f.kms.createGrant(f.root, CreateGrantRequest.of(keyId, bobArn, List.of("Decrypt")));
        f.kms.revokeGrant(f.root, RevokeGrantRequest.of(keyId, g.grantId()));
        assertThatThrownBy(() -> f.kms.revokeGrant(f.root, RevokeGrantRequest.of(keyId, g.grantId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, data)
                .withGrantTokens(List.of("not-a-token")))).isInstanceOf(InvalidGrantTokenException.class);
    }

    @Test
    void aws_managed_keys_appear_on_first_service_use_and_work_only_via_that_service() {
        Caller viaS3 = bob.withViaService("s3." + Fixture.REGION + ".amazonaws.com");
        assertThatThrownBy(() -> f.kms.encrypt(bob, EncryptRequest.of("alias/aws/s3", data)))
                .isInstanceOf(NotFoundException.class);
        byte[] blob = f.kms.encrypt(viaS3, EncryptRequest.of("alias/aws/s3", data)).ciphertextBlob();
        var md = f.kms.describeKey(bob, DescribeKeyRequest.of("alias/aws/s3")).keyMetadata();
        assertThat(md.keyManager()).isEqualTo("AWS");
        assertThat(f.kms.decrypt(viaS3, DecryptRequest.of(blob)).plaintext()).isEqualTo(data);
        assertThatThrownBy(() -> f.kms.decrypt(bob, DecryptRequest.of(blob)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(md.keyId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aws_owned_keys_are_invisible_to_the_account() {
        String owned = f.kms.awsOwnedKeyId("dynamodb");
        assertThat(f.kms.listKeys(f.root, ListKeysRequest.of()).keys()).isEmpty();
        assertThatThrownBy(() -> f.kms.describeKey(f.root, DescribeKeyRequest.of(owned)))
                .isInstanceOf(NotFoundException.class);
        Caller service = Caller.root(Fixture.ACCOUNT, CallSource.SERVICE);
        assertThat(f.kms.encrypt(service, EncryptRequest.of(owned, data)).ciphertextBlob()).isNotEmpty();
    }

    private static String policy(String extraStatement) {
        return """
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"Enable IAM User Permissions","Effect":"Allow",
                  "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
                 %s]}""".formatted(extraStatement);
    }
}
