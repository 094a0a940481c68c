package org.kmslab.engine.internal.store;

/**
 * Where a custom-key-store key's cryptography happens: inside a simulated CloudHSM cluster, or in KMS and then in an
 * external key manager behind its proxy. Keys in AWS KMS's own key store have no backing.
 */
public interface KeyBacking {

    /** True while the key's custom key store is CONNECTED; otherwise the key reads as Unavailable. */
    boolean connected();

    /** Encrypts for a new blob; returns what the blob carries after its header. */
    byte[] seal(MaterialVersion version, byte[] iv, byte[] plaintext, byte[] aad, Request request);

    /** Decrypts what {@link #seal} returned, or throws the AWS exception. */
    byte[] open(MaterialVersion version, byte[] iv, byte[] sealed, byte[] aad, Request request);

    /** The KMS call on whose behalf the backing works (the XKS proxy receives it as {@code requestMetadata}). */
    record Request(String principalArn, String operation, String requestId, String keyArn) {
    }
}
