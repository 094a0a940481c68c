package org.kmslab.sandbox.services;

import java.lang.ref.WeakReference;
import java.util.Objects;
import org.kmslab.sandbox.Sandbox;

/**
 * The simulated AWS services of one sandbox: S3, EBS (through EC2) and RDS. Their state belongs to the sandbox and is
 * emptied when the sandbox is reset. Get the shared instance of a sandbox from {@link AwsServicesRegistry}, so that
 * every console of that sandbox sees the same buckets, volumes and databases.
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

    /**
     * Services for {@code sandbox}, emptied on its every reset. The sandbox holds the reset listener only weakly, so an
     * instance nobody uses any more can be collected.
     */
    public static AwsServices of(Sandbox sandbox) {
        AwsServices services = new AwsServices(sandbox);
        sandbox.addResetListener(new ResetHook(sandbox, services));
        return services;
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

    private static final class ResetHook implements Runnable {
        private final Sandbox sandbox;
        private final WeakReference<AwsServices> services;

        ResetHook(Sandbox sandbox, AwsServices services) {
            this.sandbox = sandbox;
            this.services = new WeakReference<>(services);
        }

        @Override
        public void run() {
            AwsServices s = services.get();
            if (s == null) {
                sandbox.removeResetListener(this);
            } else {
                s.clear();
            }
        }
    }
}
