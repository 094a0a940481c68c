package org.kmslab.sandbox.services;

import java.util.Objects;
import org.kmslab.sandbox.Sandbox;

/**
 * The simulated AWS services of one sandbox: S3, EBS (through EC2) and RDS. Their state belongs to the sandbox and is
 * emptied when the sandbox is reset; every console of that sandbox sees the same buckets, volumes and databases.
 */
public final class AwsServices {

    private final Sandbox sandbox;
    private final SimulatedS3 s3;
    private final SimulatedEbs ebs;
    private final SimulatedRds rds;

    private AwsServices(Sandbox sandbox) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.s3 = new SimulatedS3(sandbox);
        this.ebs = new SimulatedEbs(sandbox);
        this.rds = new SimulatedRds(sandbox);
    }

    /** The services of {@code sandbox}, made on first use and emptied on its every reset. */
    public static AwsServices of(Sandbox sandbox) {
        return sandbox.attachment(AwsServices.class, owner -> {
            AwsServices services = new AwsServices(owner);
            owner.addResetListener(services::clear);
            return services;
        });
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public SimulatedS3 s3() {
        return s3;
    }

    public SimulatedEbs ebs() {
        return ebs;
    }

    public SimulatedRds rds() {
        return rds;
    }

    /** Forgets every bucket, volume and database. */
    public void clear() {
        s3.clear();
        ebs.clear();
        rds.clear();
    }
}
