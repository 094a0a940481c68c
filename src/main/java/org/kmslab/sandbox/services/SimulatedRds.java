package org.kmslab.sandbox.services;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.KmsException;
import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.GenerateDataKeyWithoutPlaintextRequest;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.sandbox.Sandbox;

/**
 * Amazon RDS DB instances with encrypted storage, as far as KMS sees them
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html):
 * create-db-instance with {@code --storage-encrypted} calls {@code DescribeKey}, {@code CreateGrant} (for the RDS
 * service principal) and {@code GenerateDataKeyWithoutPlaintext}, relayed for the caller through
 * {@code rds.<region>.amazonaws.com}; every (re)start has RDS itself {@code Decrypt} the stored data key with its
 * grant. When that fails the instance becomes {@code inaccessible-encryption-credentials-recoverable}; after seven
 * days in that state it becomes the terminal {@code inaccessible-encryption-credentials}. Re-enabling the key and
 * {@code start-db-instance} bring a recoverable instance back
 * (https://repost.aws/knowledge-center/rds-aurora-inaccessible-state). Without {@code --kms-key-id} RDS uses the AWS
 * managed key {@code alias/aws/rds}.
 */
public final class SimulatedRds {

    public static final String AVAILABLE = "available";
    public static final String RECOVERABLE = "inaccessible-encryption-credentials-recoverable";
    public static final String INACCESSIBLE = "inaccessible-encryption-credentials";
    public static final String STOPPED = "stopped";
    static final Duration RECOVERY_WINDOW = Duration.ofDays(7);
    private static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sandbox sandbox;
    private final Map<String, DbInstance> instances = new LinkedHashMap<>();

    SimulatedRds(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** What create-db-instance needs; the engine and sizes are shown back, not used. */
    public record CreateRequest(String identifier, String engine, String instanceClass, int allocatedStorage,
            String masterUsername, boolean storageEncrypted, String kmsKeyId) {
    }

    /** CreateDBInstance. */
    public DbInstanceInfo createDbInstance(Caller caller, String region, CreateRequest r) {
        synchronized (this) {
            if (instances.containsKey(r.identifier())) {
                throw new ServiceException("DBInstanceAlreadyExists", "DB instance already exists");
            }
        }
        if (r.kmsKeyId() != null && !r.storageEncrypted()) {
            throw new ServiceException("InvalidParameterCombination", "Encryption must be enabled when you specify a "
                    + "KMS key.");
        }
        String resourceId = "db-" + random(26);
        String keyArn = null;
        byte[] edk = null;
        if (r.storageEncrypted()) {
            KmsEngine engine = sandbox.engine(region);
            Caller viaRds = ServiceCaller.relayed(caller, "rds", region);
            String rds = ServiceCaller.servicePrincipal("rds", region);
            try {
                KeyMetadata key = engine.describeKey(viaRds, DescribeKeyRequest.of(
                        r.kmsKeyId() == null ? "alias/aws/rds" : r.kmsKeyId())).keyMetadata();
                keyArn = key.arn();
                engine.createGrant(viaRds, new CreateGrantRequest(keyArn, rds, rds,
                        List.of("Decrypt", "GenerateDataKeyWithoutPlaintext", "DescribeKey", "RetireGrant"), null,
                        null, resourceId, null));
                edk = engine.generateDataKeyWithoutPlaintext(viaRds, GenerateDataKeyWithoutPlaintextRequest.of(keyArn,
                        null, "AES_256", null)).ciphertextBlob();
            } catch (KmsException e) {
                throw kmsError(e);
            }
        }
        DbInstance db = new DbInstance(r, region, "arn:aws:rds:" + region + ":" + sandbox.accountId() + ":db:"
                + r.identifier(), resourceId, keyArn, edk, sandbox.clock().instant());
        synchronized (this) {
            instances.put(r.identifier(), db);
            return db.info("creating");
        }
    }

    /**
     * RebootDBInstance: accepted while available; the restart needs the data key, so RDS decrypts it, and on failure
     * the instance turns {@value #RECOVERABLE}. The answer shows the status "rebooting", as RDS answers at once.
     */
    public DbInstanceInfo rebootDbInstance(String identifier) {
        DbInstance db;
        synchronized (this) {
            db = instance(identifier);
            refresh(db);
            if (!AVAILABLE.equals(db.status)) {
                throw new ServiceException("InvalidDBInstanceState", "DB instance " + identifier
                        + " is not in available state.");
            }
        }
        if (!unlock(db)) {
            synchronized (this) {
                db.status = RECOVERABLE;
                db.inaccessibleSince = sandbox.clock().instant();
            }
        }
        synchronized (this) {
            return db.info("rebooting");
        }
    }

    /** StartDBInstance: from stopped or {@value #RECOVERABLE}; fails with KMSKeyNotAccessibleFault if KMS says no. */
    public DbInstanceInfo startDbInstance(String identifier) {
        DbInstance db;
        synchronized (this) {
            db = instance(identifier);
            refresh(db);
            if (!STOPPED.equals(db.status) && !RECOVERABLE.equals(db.status)) {
                throw new ServiceException("InvalidDBInstanceState", "Instance " + identifier
                        + " cannot be started because it is in " + db.status + " state.");
            }
        }
        try {
            decrypt(db);
        } catch (KmsException e) {
            throw kmsError(e);
        }
        synchronized (this) {
            db.status = AVAILABLE;
            db.inaccessibleSince = null;
            return db.info("starting");
        }
    }

    /** StopDBInstance. */
    public synchronized DbInstanceInfo stopDbInstance(String identifier) {
        DbInstance db = instance(identifier);
        refresh(db);
        if (!AVAILABLE.equals(db.status)) {
            throw new ServiceException("InvalidDBInstanceState", "Instance " + identifier + " is not in available "
                    + "state.");
        }
        db.status = STOPPED;
        return db.info("stopping");
    }

    /** DescribeDBInstances; all when {@code identifier} is null. */
    public synchronized List<DbInstanceInfo> describeDbInstances(String identifier) {
        List<DbInstance> chosen = identifier == null ? List.copyOf(instances.values()) : List.of(instance(identifier));
        chosen.forEach(this::refresh);
        return chosen.stream().map(db -> db.info(db.status)).toList();
    }

    synchronized void clear() {
        instances.clear();
    }

    private boolean unlock(DbInstance db) {
        try {
            decrypt(db);
            return true;
        } catch (KmsException e) {
            return false;
        }
    }

    private void decrypt(DbInstance db) {
        if (db.encryptedDataKey == null) {
            return;
        }
        byte[] key = sandbox.engine(db.region).decrypt(ServiceCaller.service(sandbox.accountId(), "rds", db.region),
                DecryptRequest.of(db.encryptedDataKey)).plaintext();
        Arrays.fill(key, (byte) 0);
    }

    /** A recoverable instance left alone for seven days becomes terminally inaccessible. */
    private void refresh(DbInstance db) {
        if (RECOVERABLE.equals(db.status)
                && !sandbox.clock().instant().isBefore(db.inaccessibleSince.plus(RECOVERY_WINDOW))) {
            db.status = INACCESSIBLE;
        }
    }

    private DbInstance instance(String identifier) {
        DbInstance db = instances.get(identifier);
        if (db == null) {
            throw new ServiceException("DBInstanceNotFound", "DBInstance " + identifier + " not found.");
        }
        return db;
    }

    /** RDS reports every KMS refusal as KMSKeyNotAccessibleFault, with KMS's reason. */
    static ServiceException kmsError(KmsException e) {
        return new ServiceException("KMSKeyNotAccessibleFault", "An error occurred accessing an AWS KMS key: "
                + e.errorCode() + ": " + e.getMessage());
    }

    private static String random(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        return sb.toString();
    }

    private static final class DbInstance {
        final CreateRequest request;
        final String region;
        final String arn;
        final String resourceId;
        final String keyArn;
        final byte[] encryptedDataKey;
        final Instant created;
        String status = AVAILABLE;
        Instant inaccessibleSince;

        DbInstance(CreateRequest request, String region, String arn, String resourceId, String keyArn, byte[] encryptedDataKey,
                Instant created) {
            this.request = request;
            this.region = region;
            this.arn = arn;
            this.resourceId = resourceId;
            this.keyArn = keyArn;
            this.encryptedDataKey = encryptedDataKey;
            this.created = created;
        }

        DbInstanceInfo info(String shownStatus) {
            return new DbInstanceInfo(request.identifier(), request.instanceClass(),
                    request.engine() == null ? "postgres" : request.engine().toLowerCase(Locale.ROOT), shownStatus,
                    request.masterUsername(), request.allocatedStorage(), created, request.storageEncrypted(), keyArn,
                    resourceId, arn, region);
        }
    }

    /** What DescribeDBInstances shows of an instance. */
    public record DbInstanceInfo(String identifier, String instanceClass, String engine, String status,
            String masterUsername, int allocatedStorage, Instant created, boolean storageEncrypted, String kmsKeyArn,
            String dbiResourceId, String dbInstanceArn, String region) {
    }
}
