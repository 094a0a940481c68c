package org.kmslab.bench;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GenerateDataKeyResult;
import org.kmslab.sandbox.services.Aes256Gcm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Envelope encryption of a large stream, as the lessons teach it: one GenerateDataKey (or Decrypt of the wrapped data
 * key) from the engine, then bulk AES-256-GCM under the data key through the JDK provider fed in 64 KiB
 * {@code update()} chunks. Seconds per stream of {@link #streamBytes}; {@code bench/run-all.sh} turns that into MB/s
 * next to {@code openssl speed -evp aes-256-gcm}.
 *
 * <ul>
 *   <li>{@code appEncrypt} / {@code appDecrypt}: the product's own path, {@link Aes256Gcm} (what {@code lab
 *       encrypt-file} and the simulated S3 use): the whole object in memory, one GCM message, 64 KiB updates.
 *   <li>{@code encryptOneMessage}: the whole stream as one GCM message, written out as it goes (what openssl speed
 *       measures: one context, repeated updates).
 *   <li>{@code encryptSegmented} / {@code decryptSegmented}: the stream cut into 1 MiB segments, each its own GCM
 *       message with nonce = 7-byte stream prefix, 4-byte segment number, 1-byte last flag (the layout of Tink's
 *       streaming AEAD). Decryption releases a segment only after its tag verified, so it streams in bounded memory;
 *       one-message GCM cannot do that (the JDK holds all plaintext back until the final tag). Each segment is
 *       decrypted with one {@code doFinal}.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class EnvelopeBenchmark {

    static final int CHUNK = 64 * 1024;
    static final int SEGMENT = 1024 * 1024;
    static final int TAG_BYTES = 16;

    /** Bytes in the stream; 1 GiB for the figures, less in the smoke test. */
    @Param("1073741824")
    public long streamBytes;

    private final SecureRandom random = new SecureRandom();
    private KmsEngine engine;
    private String keyId;
    private byte[] wrappedDataKey;
    private final byte[] plainChunk = new byte[CHUNK];
    private final byte[] out = new byte[SEGMENT + TAG_BYTES];
    private final byte[] plainOut = new byte[SEGMENT];
    private byte[] prefix;
    private byte[][] sealedSegments;
    private byte[] wholePlaintext;
    private byte[] wholeSealed;

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        if (streamBytes % SEGMENT != 0) {
            throw new IllegalArgumentException("streamBytes must be a multiple of 1 MiB");
        }
        ThreadLocalRandom.current().nextBytes(plainChunk);
        engine = new KmsEngine("111122223333", "us-east-1", EngineClock.system());
        keyId = engine.createKey(EngineBenchmark.CALLER, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        GenerateDataKeyResult dataKey = newDataKey();
        wrappedDataKey = dataKey.ciphertextBlob();
        prefix = new byte[7];
        random.nextBytes(prefix);
        SecretKey key = new SecretKeySpec(dataKey.plaintext(), "AES");
        int segments = (int) (streamBytes / SEGMENT);
        sealedSegments = new byte[segments][];
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        for (int s = 0; s < segments; s++) {
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce(prefix, s, s == segments - 1)));
            byte[] sealed = new byte[SEGMENT + TAG_BYTES];
            int n = 0;
            for (int off = 0; off < SEGMENT; off += CHUNK) {
                n += c.update(plainChunk, 0, CHUNK, sealed, n);
            }
            c.doFinal(sealed, n);
            sealedSegments[s] = sealed;
        }
        wholePlaintext = new byte[(int) streamBytes];
        for (int off = 0; off < wholePlaintext.length; off += CHUNK) {
            System.arraycopy(plainChunk, 0, wholePlaintext, off, CHUNK);
        }
        wholeSealed = Aes256Gcm.encrypt(dataKey.plaintext(), wholePlaintext, null);
    }

    private GenerateDataKeyResult newDataKey() {
        return engine.generateDataKey(EngineBenchmark.CALLER, GenerateDataKeyRequest.of(keyId, DataKeySpec.AES_256));
    }

    static byte[] nonce(byte[] prefix, int segment, boolean last) {
        byte[] nonce = new byte[12];
        System.arraycopy(prefix, 0, nonce, 0, 7);
        nonce[7] = (byte) (segment >>> 24);
        nonce[8] = (byte) (segment >>> 16);
        nonce[9] = (byte) (segment >>> 8);
        nonce[10] = (byte) segment;
        nonce[11] = (byte) (last ? 1 : 0);
        return nonce;
    }

    @Benchmark
    public byte[] appEncrypt() {
        return Aes256Gcm.encrypt(newDataKey().plaintext(), wholePlaintext, null);
    }

    @Benchmark
    public byte[] appDecrypt() {
        byte[] dataKey = engine.decrypt(EngineBenchmark.CALLER, DecryptRequest.of(wrappedDataKey)).plaintext();
        return Aes256Gcm.decrypt(dataKey, wholeSealed, null);
    }

    @Benchmark
    public void encryptOneMessage(Blackhole bh) throws GeneralSecurityException {
        SecretKey key = new SecretKeySpec(newDataKey().plaintext(), "AES");
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        for (long done = 0; done < streamBytes; done += CHUNK) {
            bh.consume(c.update(plainChunk, 0, CHUNK, out, 0));
        }
        bh.consume(c.doFinal(out, 0));
        bh.consume(out);
    }

    @Benchmark
    public void encryptSegmented(Blackhole bh) throws GeneralSecurityException {
        SecretKey key = new SecretKeySpec(newDataKey().plaintext(), "AES");
        byte[] streamPrefix = new byte[7];
        random.nextBytes(streamPrefix);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        int segments = (int) (streamBytes / SEGMENT);
        for (int s = 0; s < segments; s++) {
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce(streamPrefix, s, s == segments - 1)));
            int n = 0;
            for (int off = 0; off < SEGMENT; off += CHUNK) {
                n += c.update(plainChunk, 0, CHUNK, out, n);
            }
            bh.consume(c.doFinal(out, n));
        }
        bh.consume(out);
    }

    @Benchmark
    public void decryptSegmented(Blackhole bh) throws GeneralSecurityException {
        byte[] dataKey = engine.decrypt(EngineBenchmark.CALLER, DecryptRequest.of(wrappedDataKey)).plaintext();
        SecretKey key = new SecretKeySpec(dataKey, "AES");
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        int segments = sealedSegments.length;
        for (int s = 0; s < segments; s++) {
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce(prefix, s, s == segments - 1)));
            byte[] sealed = sealedSegments[s];
            // One doFinal per segment: decrypt-mode update() input is only buffered by the JDK until the tag is
            // checked, so chunking it costs a copy. doFinal verifies the tag; only then is plainOut released.
            bh.consume(c.doFinal(sealed, 0, sealed.length, plainOut, 0));
        }
        bh.consume(plainOut);
    }
}
