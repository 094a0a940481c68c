package org.kmslab.sandbox.services;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.KmsException;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GenerateDataKeyResult;
import org.kmslab.sandbox.Sandbox;

/**
 * Amazon S3, as far as SSE-KMS goes. Buckets live in the Region they were made in. An object uploaded with
 * {@code aws:kms} is encrypted for real: S3 asks KMS for a data key ({@code GenerateDataKey}, AES_256, encryption
 * context {@code aws:s3:arn} = the object's ARN, relayed for the uploader through {@code s3.<region>.amazonaws.com}),
 * encrypts the bytes with AES-256-GCM, keeps only the encrypted data key next to the ciphertext, and on download
 * asks KMS to {@code Decrypt} it again. Without a key id S3 uses the AWS managed key {@code alias/aws/s3}, which KMS
 * creates on first use. A KMS refusal surfaces as S3 reports it: {@code KMS.<exception>}, or {@code AccessDenied}
 * for authorization failures. Objects without SSE-KMS are stored as given and shown with SSE-S3 ({@code AES256}),
 * the default encryption of every bucket since January 2023; it involves no KMS call.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/services-s3.html
 */
public final class SimulatedS3 {

    public static final String SSE_KMS = "aws:kms";
    public static final String SSE_S3 = "AES256";
    /** Stored object bytes across all buckets of one sandbox. */
    static final long STORAGE_LIMIT = 256L * 1024 * 1024;
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final Sandbox sandbox;
    private final Map<String, Bucket> buckets = new TreeMap<>();
    private long stored;

    SimulatedS3(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** CreateBucket. */
    public synchronized Instant createBucket(String name, String region) {
        if (!BUCKET.matcher(name).matches()) {
            throw new ServiceException("InvalidBucketName", "The specified bucket is not valid.");
        }
        if (buckets.containsKey(name)) {
            throw new ServiceException("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket "
                    + "succeeded and you already own it.");
        }
        Instant now = sandbox.clock().instant();
        buckets.put(name, new Bucket(name, region, now, new TreeMap<>()));
        return now;
    }

    /** ListBuckets: name to creation date. */
    public synchronized Map<String, Instant> listBuckets() {
        Map<String, Instant> all = new LinkedHashMap<>();
        buckets.values().forEach(b -> all.put(b.name(), b.created()));
        return all;
    }

    /** ListObjectsV2. */
    public synchronized List<ObjectInfo> listObjects(String bucket) {
        return bucket(bucket).objects().values().stream().map(StoredObject::info).toList();
    }

    /**
     * PutObject. With {@code sse} = {@code aws:kms} the object is encrypted under {@code kmsKeyId}, or under
     * {@code alias/aws/s3} when it is null.
     */
    public ObjectInfo putObject(Caller caller, String bucketName, String key, byte[] body, String sse, String kmsKeyId,
            Map<String, String> metadata, String contentType) {
        Bucket bucket;
        synchronized (this) {
            bucket = bucket(bucketName);
        }
        if (kmsKeyId != null && !SSE_KMS.equals(sse)) {
            throw new ServiceException("InvalidArgument", "Server Side Encryption with AWS KMS managed key requires "
                    + "HTTP header x-amz-server-side-encryption : aws:kms");
        }
        Instant now = sandbox.clock().instant();
        StoredObject object;
        if (SSE_KMS.equals(sse)) {
            KmsEngine engine = sandbox.engine(bucket.region());
            Caller viaS3 = ServiceCaller.relayed(caller, "s3", bucket.region());
            GenerateDataKeyResult dataKey;
            try {
                dataKey = engine.generateDataKey(viaS3, GenerateDataKeyRequest.of(
                        kmsKeyId == null ? "alias/aws/s3" : kmsKeyId, context(bucketName, key), null, "AES_256"));
            } catch (KmsException e) {
                throw kmsError(e);
            }
            byte[] plainKey = dataKey.plaintext();
            try {
                byte[] sealed = Aes256Gcm.encrypt(plainKey, body, null);
                object = new StoredObject(key, sealed, body.length, SSE_KMS, dataKey.keyId(), dataKey.ciphertextBlob(),
                        Map.copyOf(metadata), now, etag(body), contentType);
            } finally {
                Arrays.fill(plainKey, (byte) 0);
            }
        } else {
            object = new StoredObject(key, body.clone(), body.length, SSE_S3, null, null, Map.copyOf(metadata), now,
                    etag(body), contentType);
        }
        synchronized (this) {
            StoredObject old = bucket.objects().get(key);
            long after = stored - (old == null ? 0 : old.body().length) + object.body().length;
            if (after > STORAGE_LIMIT) {
                throw new ServiceException("QuotaExceeded", "KMS Lab's S3 holds at most 256 MiB per sandbox. Delete "
                        + "objects with 'aws s3 rm'.");
            }
            bucket.objects().put(key, object);
            stored = after;
        }
        return object.info();
    }

    /** GetObject: the object's bytes, decrypted through KMS when it is SSE-KMS. */
    public byte[] getObject(Caller caller, String bucketName, String key) {
        StoredObject object;
        Bucket bucket;
        synchronized (this) {
            bucket = bucket(bucketName);
            object = object(bucket, key);
        }
        if (!SSE_KMS.equals(object.sse())) {
            return object.body().clone();
        }
        Caller viaS3 = ServiceCaller.relayed(caller, "s3", bucket.region());
        byte[] plainKey;
        try {
            plainKey = sandbox.engine(bucket.region()).decrypt(viaS3,
                    DecryptRequest.of(object.encryptedDataKey(), context(bucketName, key))).plaintext();
        } catch (KmsException e) {
            throw kmsError(e);
        }
        try {
            return Aes256Gcm.decrypt(plainKey, object.body(), null);
        } finally {
            Arrays.fill(plainKey, (byte) 0);
        }
    }

    /** HeadObject: metadata only, no KMS call. */
    public synchronized ObjectInfo headObject(String bucketName, String key) {
        return object(bucket(bucketName), key).info();
    }

    /** DeleteObject; deleting a missing key succeeds, as in S3. */
    public synchronized void deleteObject(String bucketName, String key) {
        StoredObject old = bucket(bucketName).objects().remove(key);
        if (old != null) {
            stored -= old.body().length;
        }
    }

    synchronized void clear() {
        buckets.clear();
        stored = 0;
    }

    /** S3's encryption context for SSE-KMS objects: the object ARN. */
    static Map<String, String> context(String bucket, String key) {
        return Map.of("aws:s3:arn", "arn:aws:s3:::" + bucket + "/" + key);
    }

    private Bucket bucket(String name) {
        Bucket b = buckets.get(name);
        if (b == null) {
            throw new ServiceException("NoSuchBucket", "The specified bucket does not exist");
        }
        return b;
    }

    private static StoredObject object(Bucket bucket, String key) {
        StoredObject o = bucket.objects().get(key);
        if (o == null) {
            throw new ServiceException("NoSuchKey", "The specified key does not exist.");
        }
        return o;
    }

    /** S3 reports KMS refusals as {@code KMS.<exception>}, and authorization failures as AccessDenied. */
    static ServiceException kmsError(KmsException e) {
        String code = e.errorCode().equals("AccessDeniedException") ? "AccessDenied" : "KMS." + e.errorCode();
        return new ServiceException(code, e.getMessage());
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Bucket(String name, String region, Instant created, Map<String, StoredObject> objects) {
    }

    private record StoredObject(String key, byte[] body, long contentLength, String sse, String kmsKeyArn,
            byte[] encryptedDataKey, Map<String, String> metadata, Instant lastModified, String etag,
            String contentType) {
        ObjectInfo info() {
            return new ObjectInfo(key, contentLength, lastModified, etag, contentType, sse, kmsKeyArn, metadata);
        }
    }

    /**
     * What HeadObject and ListObjects tell about an object.
     *
     * @param kmsKeyArn the ARN of the KMS key protecting the object (SSEKMSKeyId), or null
     */
    public record ObjectInfo(String key, long contentLength, Instant lastModified, String etag, String contentType,
            String serverSideEncryption, String kmsKeyArn, Map<String, String> metadata) {
        public ObjectInfo {
            Objects.requireNonNull(key);
            metadata = metadata == null ? Map.of() : new TreeMap<>(metadata);
        }
    }
}
