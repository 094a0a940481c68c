package org.kmslab.bench;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GenerateMacRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.api.ReEncryptRequest;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.VerifyRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's cryptographic operations as a caller sees them: {@code KmsEngine} public methods, with the lock, the
 * key-state and policy check and the one event each call publishes (no listeners attached, so the event is built
 * but goes nowhere). One shared engine, as one learner's sandbox has; run it with {@code -t 1} and {@code -t max}.
 *
 * <p>Throughput in operations per second; {@link EnginePerSandboxBenchmark} repeats the symmetric calls with one
 * engine per thread (what separate sandboxes on one server see), to tell the engine's single lock apart from the
 * cost of the crypto.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    static final Caller CALLER = Caller.root("111122223333", CallSource.LESSON);

    /** One engine with one key of each kind and a ciphertext of each size, made once. */
    @State(Scope.Benchmark)
    public static class Keys {
        KmsEngine engine;
        String aes;
        String aes2;
        String rsa;
        String ecc;
        String hmac;
        byte[] small = new byte[64];
        byte[] page = new byte[4096];
        byte[] smallBlob;
        byte[] pageBlob;
        byte[] rsaSignature;
        byte[] eccSignature;

        @Setup(Level.Trial)
        public void setUp() {
            ThreadLocalRandom.current().nextBytes(small);
            ThreadLocalRandom.current().nextBytes(page);
            engine = new KmsEngine("111122223333", "us-east-1", EngineClock.system());
            aes = create(CreateKeyRequest.symmetric());
            aes2 = create(CreateKeyRequest.symmetric());
            rsa = create(CreateKeyRequest.of(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY));
            ecc = create(CreateKeyRequest.of(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY));
            hmac = create(CreateKeyRequest.of(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC));
            smallBlob = engine.encrypt(CALLER, EncryptRequest.of(aes, small)).ciphertextBlob();
            pageBlob = engine.encrypt(CALLER, EncryptRequest.of(aes, page)).ciphertextBlob();
            rsaSignature = engine.sign(CALLER, SignRequest.of(rsa, page, SigningAlgorithm.RSASSA_PSS_SHA_256))
                    .signature();
            eccSignature = engine.sign(CALLER, SignRequest.of(ecc, page, SigningAlgorithm.ECDSA_SHA_256))
                    .signature();
        }

        private String create(CreateKeyRequest request) {
            return engine.createKey(CALLER, request).keyMetadata().keyId();
        }
    }

    @Benchmark
    public Object encrypt64B(Keys k) {
        return k.engine.encrypt(CALLER, EncryptRequest.of(k.aes, k.small));
    }

    @Benchmark
    public Object encrypt4KiB(Keys k) {
        return k.engine.encrypt(CALLER, EncryptRequest.of(k.aes, k.page));
    }

    @Benchmark
    public Object decrypt64B(Keys k) {
        return k.engine.decrypt(CALLER, DecryptRequest.of(k.smallBlob));
    }

    @Benchmark
    public Object decrypt4KiB(Keys k) {
        return k.engine.decrypt(CALLER, DecryptRequest.of(k.pageBlob));
    }

    @Benchmark
    public Object generateDataKey(Keys k) {
        return k.engine.generateDataKey(CALLER, GenerateDataKeyRequest.of(k.aes, DataKeySpec.AES_256));
    }

    @Benchmark
    public Object reEncrypt4KiB(Keys k) {
        return k.engine.reEncrypt(CALLER, ReEncryptRequest.of(k.pageBlob, k.aes2));
    }

    @Benchmark
    public Object signRsa2048(Keys k) {
        return k.engine.sign(CALLER, SignRequest.of(k.rsa, k.page, SigningAlgorithm.RSASSA_PSS_SHA_256));
    }

    @Benchmark
    public Object verifyRsa2048(Keys k) {
        return k.engine.verify(CALLER,
                VerifyRequest.of(k.rsa, k.page, k.rsaSignature, SigningAlgorithm.RSASSA_PSS_SHA_256));
    }

    @Benchmark
    public Object signEccP256(Keys k) {
        return k.engine.sign(CALLER, SignRequest.of(k.ecc, k.page, SigningAlgorithm.ECDSA_SHA_256));
    }

    @Benchmark
    public Object verifyEccP256(Keys k) {
        return k.engine.verify(CALLER,
                VerifyRequest.of(k.ecc, k.page, k.eccSignature, SigningAlgorithm.ECDSA_SHA_256));
    }

    @Benchmark
    public Object generateMac(Keys k) {
        return k.engine.generateMac(CALLER, GenerateMacRequest.of(k.hmac, k.page, MacAlgorithm.HMAC_SHA_256));
    }
}
