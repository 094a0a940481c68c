package org.kmslab.sandbox.services;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.KmsException;
import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.GenerateDataKeyWithoutPlaintextRequest;
import org.kmslab.engine.api.GenerateDataKeyWithoutPlaintextResult;
import org.kmslab.engine.api.RetireGrantRequest;
import org.kmslab.sandbox.Sandbox;

/**
 * Amazon EBS volumes and their attachment to EC2 instances, as far as KMS sees them
 * (https://docs.aws.amazon.com/kms/latest/developerguide/services-ebs.html):
 * <ol>
 * <li>create-volume with encryption: {@code GenerateDataKeyWithoutPlaintext} (AES_256, context
 *     {@code aws:ebs:id} = volume id), relayed for the caller through {@code ec2.<region>.amazonaws.com}; the
 *     encrypted data key is stored with the volume.</li>
 * <li>attach-volume: {@code CreateGrant} for the EC2 service principal (Decrypt, retirable by it) on the first
 *     attachment, then EC2 itself calls {@code Decrypt} with that grant and keeps the plaintext data key in the
 *     host's memory.</li>
 * <li>While attached, the volume needs no KMS call: disabling the key does not stop it.</li>
 * <li>detach-volume: the key is dropped from memory; the next attachment needs a fresh {@code Decrypt}.</li>
 * <li>delete-volume: EC2 retires its grant.</li>
 * </ol>
 * Without {@code --kms-key-id} the AWS managed key {@code alias/aws/ebs} is used; like every EBS call it goes
 * through {@code ec2.<region>.amazonaws.com}, the endpoint its key policy names.
 */
public final class SimulatedEbs {

    static final String DEFAULT_KEY = "alias/aws/ebs";
    /** EBS calls KMS through EC2. */
    private static final String VIA = "ec2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sandbox sandbox;
    private final Map<String, Volume> volumes = new LinkedHashMap<>();

    SimulatedEbs(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** CreateVolume. */
    public VolumeInfo createVolume(Caller caller, String region, int sizeGiB, String availabilityZone,
            boolean encrypted, String kmsKeyId, String volumeType) {
        if (sizeGiB < 1 || sizeGiB > 16384) {
            throw new ServiceException("InvalidParameterValue", "Volume of " + sizeGiB
                    + "GiB is too large or too small; the size must be 1-16384 GiB.");
        }
        if (availabilityZone == null || !availabilityZone.startsWith(region)) {
            throw new ServiceException("InvalidParameterValue", "Invalid availability zone: [" + availabilityZone
                    + "]");
        }
        if (kmsKeyId != null && !encrypted) {
            throw new ServiceException("InvalidParameterDependency", "The parameter KmsKeyId requires the parameter "
                    + "Encrypted to be set.");
        }
        String id = "vol-" + HexFormat.of().formatHex(randomBytes(9)).substring(0, 17);
        String keyArn = null;
        byte[] edk = null;
        String key = kmsKeyId == null ? DEFAULT_KEY : kmsKeyId;
        if (encrypted) {
            try {
                GenerateDataKeyWithoutPlaintextResult r = sandbox.engine(region).generateDataKeyWithoutPlaintext(
                        ServiceCaller.relayed(caller, VIA, region), GenerateDataKeyWithoutPlaintextRequest.of(key,
                                Map.of("aws:ebs:id", id), "AES_256", null));
                keyArn = r.keyId();
                edk = r.ciphertextBlob();
            } catch (KmsException e) {
                throw kmsError(e);
            }
        }
        Volume v = new Volume(id, region, sizeGiB, availabilityZone, volumeType == null ? "gp3" : volumeType,
                encrypted, keyArn, edk, sandbox.clock().instant());
        synchronized (this) {
            volumes.put(id, v);
        }
        return v.info("creating");
    }

    /** AttachVolume: a grant for EC2 and a Decrypt of the volume's data key, unless the volume is not encrypted. */
    public AttachmentInfo attachVolume(Caller caller, String volumeId, String instanceId, String device) {
        Volume v;
        synchronized (this) {
            v = volume(volumeId);
            if (v.instanceId != null) {
                throw new ServiceException("VolumeInUse", volumeId + " is already attached to an instance");
            }
        }
        if (instanceId == null || !instanceId.startsWith("i-")) {
            throw new ServiceException("InvalidInstanceID.Malformed", "Invalid id: \"" + instanceId + "\"");
        }
        if (v.encrypted) {
            KmsEngine engine = sandbox.engine(v.region);
            String ec2 = ServiceCaller.servicePrincipal(VIA, v.region);
            try {
                if (grantOf(v) == null) {
                    String grantId = engine.createGrant(ServiceCaller.relayed(caller, VIA, v.region),
                            new CreateGrantRequest(v.keyArn, ec2, ec2, List.of("Decrypt", "RetireGrant"), null, null,
                                    volumeId, null)).grantId();
                    synchronized (this) {
                        v.grantId = grantId;
                    }
                }
                byte[] key = engine.decrypt(ServiceCaller.service(caller.accountId(), VIA, v.region),
                        DecryptRequest.of(v.encryptedDataKey, Map.of("aws:ebs:id", volumeId))).plaintext();
                synchronized (this) {
                    v.dataKeyInMemory = key;
                }
            } catch (KmsException e) {
                throw kmsError(e);
            }
        }
        synchronized (this) {
            v.instanceId = instanceId;
            v.device = device == null ? "/dev/sdf" : device;
            v.attachTime = sandbox.clock().instant();
            return v.attachment("attaching");
        }
    }

    /** DetachVolume: the host forgets the data key; EC2 keeps its grant for the next attachment. */
    public AttachmentInfo detachVolume(String volumeId) {
        Volume v;
        AttachmentInfo info;
        synchronized (this) {
            v = volume(volumeId);
            if (v.instanceId == null) {
                throw new ServiceException("IncorrectState", "Volume '" + volumeId + "' is in the 'available' state.");
            }
            info = v.attachment("detaching");
            v.instanceId = null;
            v.device = null;
            v.attachTime = null;
            if (v.dataKeyInMemory != null) {
                Arrays.fill(v.dataKeyInMemory, (byte) 0);
                v.dataKeyInMemory = null;
            }
        }
        return info;
    }

    /** DeleteVolume; an attached volume cannot be deleted. EC2 retires the volume's grant. */
    public void deleteVolume(String volumeId) {
        Volume v;
        synchronized (this) {
            v = volume(volumeId);
            if (v.instanceId != null) {
                throw new ServiceException("VolumeInUse", "Volume " + volumeId + " is currently attached to "
                        + v.instanceId);
            }
            volumes.remove(volumeId);
        }
        retireGrant(v);
    }

    /** DescribeVolumes; all volumes when {@code ids} is empty. */
    public synchronized List<VolumeInfo> describeVolumes(List<String> ids) {
        List<Volume> chosen = ids.isEmpty() ? List.copyOf(volumes.values()) : ids.stream().map(this::volume).toList();
        return chosen.stream().map(v -> v.info(v.instanceId == null ? "available" : "in-use")).toList();
    }

    /** True when an attached volume holds its plaintext data key in memory (for tests and the UI). */
    public synchronized boolean hasKeyInMemory(String volumeId) {
        return volume(volumeId).dataKeyInMemory != null;
    }

    synchronized void clear() {
        volumes.values().forEach(v -> {
            if (v.dataKeyInMemory != null) {
                Arrays.fill(v.dataKeyInMemory, (byte) 0);
            }
        });
        volumes.clear();
    }

    private synchronized String grantOf(Volume v) {
        return v.grantId;
    }

    private void retireGrant(Volume v) {
        String grantId;
        synchronized (this) {
            grantId = v.grantId;
            v.grantId = null;
        }
        if (grantId == null) {
            return;
        }
        try {
            sandbox.engine(v.region).retireGrant(ServiceCaller.service(sandbox.accountId(), VIA, v.region), RetireGrantRequest.byId(v.keyArn, grantId));
        } catch (KmsException ignored) {
            // A grant KMS no longer has (key deleted, grant revoked) needs no retiring.
        }
    }

    private Volume volume(String id) {
        Volume v = volumes.get(id);
        if (v == null) {
            throw new ServiceException("InvalidVolume.NotFound", "The volume '" + id + "' does not exist.");
        }
        return v;
    }

    /** EC2's error codes for KMS refusals (best effort; EC2 documents no exhaustive mapping). */
    static ServiceException kmsError(KmsException e) {
        return switch (e.errorCode()) {
            case "NotFoundException" -> new ServiceException("InvalidKMSKey.NotFound", e.getMessage());
            case "AccessDeniedException" -> new ServiceException("UnauthorizedOperation", e.getMessage());
            default -> new ServiceException("InvalidKMSKey.InvalidState", e.errorCode() + ": " + e.getMessage());
        };
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static final class Volume {
        final String id;
        final String region;
        /** The service name KMS sees the calls come through: ec2, or ebs for the default key (engine gap). */
        final int size;
        final String availabilityZone;
        final String volumeType;
        final boolean encrypted;
        final String keyArn;
        final byte[] encryptedDataKey;
        final Instant created;
        String instanceId;
        String device;
        Instant attachTime;
        String grantId;
        byte[] dataKeyInMemory;

        Volume(String id, String region, int size, String availabilityZone, String volumeType, boolean encrypted,
                String keyArn, byte[] encryptedDataKey, Instant created) {
            this.id = id;
            this.region = region;
            this.size = size;
            this.availabilityZone = availabilityZone;
            this.volumeType = volumeType;
            this.encrypted = encrypted;
            this.keyArn = keyArn;
            this.encryptedDataKey = encryptedDataKey;
            this.created = created;
        }

        VolumeInfo info(String state) {
            return new VolumeInfo(id, size, availabilityZone, volumeType, encrypted, keyArn, created, state,
                    instanceId == null ? List.of() : List.of(attachment("attached")));
        }

        AttachmentInfo attachment(String state) {
            return new AttachmentInfo(id, instanceId, device, state, attachTime);
        }
    }

    /** What DescribeVolumes shows of a volume. */
    public record VolumeInfo(String volumeId, int size, String availabilityZone, String volumeType, boolean encrypted,
            String kmsKeyArn, Instant createTime, String state, List<AttachmentInfo> attachments) {
    }

    /** One attachment of a volume to an instance. */
    public record AttachmentInfo(String volumeId, String instanceId, String device, String state, Instant attachTime) {
    }
}
