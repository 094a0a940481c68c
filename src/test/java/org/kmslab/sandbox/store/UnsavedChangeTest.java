package org.kmslab.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.KmsEngine;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxPersistence;
import org.kmslab.sandbox.SandboxService;

/** A change that could not be saved is never acknowledged: the wire answers KMSInternalException instead. */
class UnsavedChangeTest {

    /** A store whose database is gone: engine saves fail, everything else works. */
    private static final SandboxPersistence BROKEN = new SandboxPersistence() {
        @Override
        public List<SavedSandbox> loadAll() {
            return List.of();
        }

        @Override
        public void restore(KmsEngine engine, byte[] state) {
        }

        @Override
        public void saveSandbox(Sandbox sandbox) {
        }

        @Override
        public void saveEngine(Sandbox sandbox, KmsEngine engine) {
            throw new IllegalStateException("database unreachable");
        }

        @Override
        public void saveClock(Sandbox sandbox) {
        }

        @Override
        public void saveReset(Sandbox sandbox) {
        }
    };

    @Test
    void a_mutating_call_whose_save_fails_answers_kms_internal_exception() {
        Sandbox sandbox = new SandboxService("111122223333", "us-east-1", "local", BROKEN).defaultSandbox();
        KmsGateway gateway = new KmsGateway();

        GatewayResponse created = gateway.invoke(sandbox.engine(), sandbox.administrator(CallSource.WIRE),
                "CreateKey", "{}");

        assertThat(created.httpStatus()).isEqualTo(500);
        assertThat(created.errorType()).isEqualTo("KMSInternalException");
        assertThat(gateway.invoke(sandbox.engine(), sandbox.administrator(CallSource.WIRE), "ListKeys", "{}").ok())
                .isTrue();
    }
}
