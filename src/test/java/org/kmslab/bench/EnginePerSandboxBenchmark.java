package org.kmslab.bench;

import java.util.concurrent.TimeUnit;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A few of {@link EngineBenchmark}'s calls with one engine per benchmark thread, as separate learners' sandboxes on
 * one server have: the difference to the shared-engine figures at {@code -t max} is the engine's one lock.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnginePerSandboxBenchmark {

    /** The same keys as {@link EngineBenchmark.Keys}, in an engine of this thread's own. */
    @State(Scope.Thread)
    public static class OwnKeys extends EngineBenchmark.Keys {
    }

    @Benchmark
    public Object encrypt4KiB(OwnKeys k) {
        return k.engine.encrypt(EngineBenchmark.CALLER, EncryptRequest.of(k.aes, k.page));
    }

    @Benchmark
    public Object signRsa2048(OwnKeys k) {
        return k.engine.sign(EngineBenchmark.CALLER,
                SignRequest.of(k.rsa, k.page, SigningAlgorithm.RSASSA_PSS_SHA_256));
    }

    @Benchmark
    public Object signEccP256(OwnKeys k) {
        return k.engine.sign(EngineBenchmark.CALLER, SignRequest.of(k.ecc, k.page, SigningAlgorithm.ECDSA_SHA_256));
    }
}
