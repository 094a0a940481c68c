package org.kmslab.sandbox.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kmslab.engine.StateWrappingKey;

/**
 * The 256-bit root key every stored secret is wrapped under. It never enters the database: it comes from the
 * environment variable {@value #ENV} (base64 of 32 bytes) or from a key file (the same base64 text), which is
 * created on first start readable and writable by its owner only. {@link #toString()} is redacted, and no message
 * here ever contains key bytes.
 *
 * <p>Sub-keys for separate purposes are derived with HMAC-SHA-256 (one PRF call: the root key is already uniformly
 * random), so the engine's state wrapping, credential wrapping and the key check never share a key.
 */
final class RootKey {

    /** The environment variable that supplies the root key instead of the file. */
    static final String ENV = "KMSLAB_ROOT_KEY";

    private static final int LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] raw;
    private final String source;

    private RootKey(byte[] raw, String source) {
        if (raw.length != LENGTH) {
            throw new IllegalStateException("The root key from " + source + " must be 32 bytes, encoded in base64 "
                    + "(for example the output of `openssl rand -base64 32`).");
        }
        this.raw = raw.clone();
        this.source = source;
    }

    /** The key in {@value #ENV}. */
    static RootKey fromEnvironment(String base64) {
        return new RootKey(decode(base64, "the environment variable " + ENV), "the environment variable " + ENV);
    }

    /** The key in an existing key file. */
    static RootKey readFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            return new RootKey(decode(text, "the root key file " + file), "the root key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the root key file " + file, e);
        }
    }

    /**
     * A fresh random key, written to {@code file} (which must not exist yet) with owner-only permissions where the
     * file system has POSIX permissions. The file appears complete or not at all: it is written beside its final
     * name, flushed to disk, then moved into place.
     */
    static RootKey createFile(Path file) {
        byte[] fresh = new byte[LENGTH];
        new SecureRandom().nextBytes(fresh);
        RootKey key = new RootKey(fresh, "the root key file " + file + " (created)");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve(file.getFileName() + ".new");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            try (FileChannel out = posix
                    ? FileChannel.open(tmp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (!posix) {
                    ownerOnlyWithoutPosix(tmp);
                }
                out.write(ByteBuffer.wrap((Base64.getEncoder().encodeToString(fresh) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the root key file " + file, e);
        }
    }

    /** True when a POSIX key file can be read by anyone other than its owner. */
    static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.stream().anyMatch(p -> !OWNER_ONLY.contains(p) && p != PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static void ownerOnlyWithoutPosix(Path file) {
        var f = file.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The root key in " + source + " is not valid base64 (expected the "
                    + "base64 of 32 random bytes, for example from `openssl rand -base64 32`).");
        }
    }

    /** Where the key came from, for the start-up log line (never the key). */
    String source() {
        return source;
    }

    /** The key the engine wraps key material under in its exported state. */
    StateWrappingKey stateWrappingKey() {
        return StateWrappingKey.fromBytes(derive("kmslab/engine-state/v1"));
    }

    /** A 256-bit sub-key for one purpose, e.g. {@code kmslab/credentials/v1}. */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "RootKey[redacted, from " + source + "]";
    }
}
