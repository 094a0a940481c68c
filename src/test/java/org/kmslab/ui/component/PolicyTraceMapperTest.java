package org.kmslab.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.PolicyDecision;

/** The policy trace shown is the engine's own decision, lined up with the key policy's statements. */
class PolicyTraceMapperTest {

    static final String ANALYST = "arn:aws:iam::111122223333:role/Analyst";
    static final String POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
              {"Sid":"DenyAnalystDecrypt","Effect":"Deny","Principal":{"AWS":"%s"},"Action":"kms:Decrypt","Resource":"*"},
              {"Sid":"AllowAuditorsDescribe","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/Auditor"},"Action":"kms:DescribeKey","Resource":"*"}
            ]}""".formatted(ANALYST);

    private final EngineRun run = new EngineRun();
    private final Caller analyst = Caller.principal("111122223333", ANALYST, CallSource.LESSON);

    private KeyMetadata keyWithPolicy() {
        return run.kms.createKey(run.root, CreateKeyRequest.symmetric().withPolicy(POLICY)).keyMetadata();
    }

    private PolicyTrace.Evaluation evaluate(KeyMetadata key, String action) {
        PolicyDecision d = run.kms.evaluateAccess(analyst, key.keyId(), action, null);
        String policy = run.kms.getKeyPolicy(run.root, GetKeyPolicyRequest.of(key.keyId())).policy();
        return PolicyTraceMapper.map(d, action, ANALYST, key.arn(), policy);
    }

    @Test
    void explicit_deny_is_decisive_and_later_statements_are_not_examined() {
        PolicyTrace.Evaluation e = evaluate(keyWithPolicy(), "kms:Decrypt");

        assertThat(e.decision()).isEqualTo(PolicyTrace.Decision.EXPLICIT_DENY);
        assertThat(e.statements()).extracting(PolicyTrace.StatementResult::sid)
                .containsExactly("Enable IAM User Permissions", "DenyAnalystDecrypt", "AllowAuditorsDescribe");
        PolicyTrace.StatementResult deny = e.statements().get(1);
        assertThat(deny.matched()).isTrue();
        assertThat(deny.decisive()).isTrue();
        assertThat(deny.action()).isEqualTo("kms:Decrypt");
        assertThat(deny.principal()).contains(ANALYST);
        assertThat(e.statements().get(2).examined()).isFalse();
        assertThat(e.reason()).contains("explicit Deny always wins");
    }

    @Test
    void a_mismatch_names_the_failing_element_and_leaves_later_elements_unchecked() {
        PolicyTrace.Evaluation e = evaluate(keyWithPolicy(), "kms:Encrypt");

        assertThat(e.decision()).isEqualTo(PolicyTrace.Decision.ALLOW);
        PolicyTrace.StatementResult deny = e.statements().get(1);
        assertThat(deny.matched()).isFalse();
        assertThat(deny.checks()).extracting(PolicyTrace.Check::element).containsExactly("Action");
        assertThat(deny.checks().get(0).matched()).isFalse();
        assertThat(deny.checks().get(0).detail()).contains("kms:Encrypt");
        assertThat(e.statements().get(0).decisive()).isTrue();
        assertThat(e.statements().get(0).checks()).extracting(PolicyTrace.Check::matched)
                .containsExactly(true, true, true);
    }

    @Test
    void nothing_allowing_is_an_implicit_deny_with_no_decisive_statement() {
        String onlyAuditors = """
                {"Version":"2012-10-17","Statement":[{"Sid":"AuditorsOnly","Effect":"Allow",
                 "Principal":{"AWS":"arn:aws:iam::111122223333:role/Auditor"},"Action":"kms:*","Resource":"*"}]}""";
        KeyMetadata key = run.kms.createKey(run.root, CreateKeyRequest.symmetric().withPolicy(onlyAuditors)
                .withBypassPolicyLockoutSafetyCheck(true)).keyMetadata();
        PolicyDecision d = run.kms.evaluateAccess(analyst, key.keyId(), "kms:Decrypt", null);

        PolicyTrace.Evaluation e = PolicyTraceMapper.map(d, "kms:Decrypt", ANALYST, key.arn(), onlyAuditors);

        assertThat(e.decision()).isEqualTo(PolicyTrace.Decision.IMPLICIT_DENY);
        assertThat(e.statements()).noneMatch(PolicyTrace.StatementResult::decisive);
        assertThat(e.statements().get(0).checks()).extracting(PolicyTrace.Check::element)
                .containsExactly("Action", "Resource", "Principal");
        assertThat(List.of(e.reason())).allMatch(r -> r.contains("denied by default"));
    }
}
