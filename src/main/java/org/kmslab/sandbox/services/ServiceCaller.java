package org.kmslab.sandbox.services;

import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;

/**
 * The identities a simulated service calls KMS with. On the learner's behalf, a service relays the learner's own
 * identity (so the key policy is evaluated for the learner, with {@code kms:ViaService} set to the service's
 * endpoint); on its own behalf, for instance to use a grant it was given, it calls as its service principal.
 * CloudTrail shows such calls with the service as source IP address and user agent; so do our events.
 */
public final class ServiceCaller {

    private ServiceCaller() {}

    /** {@code principal} acting through {@code service} (e.g. {@code s3}) in {@code region}. */
    public static Caller relayed(Caller principal, String service, String region) {
        String host = service + ".amazonaws.com";
        return new Caller(principal.accountId(), principal.principalArn(), CallSource.SERVICE, host, host,
                endpoint(service, region));
    }

    /** The service itself, e.g. {@code rds.us-east-1.amazonaws.com}, using a grant made out to that name. */
    public static Caller service(String accountId, String service, String region) {
        String host = service + ".amazonaws.com";
        return new Caller(accountId, servicePrincipal(service, region), CallSource.SERVICE, host, host,
                endpoint(service, region));
    }

    /** The grantee principal a service's grants name: {@code <service>.<region>.amazonaws.com}. */
    public static String servicePrincipal(String service, String region) {
        return endpoint(service, region);
    }

    /** The {@code kms:ViaService} value of a service in a Region. */
    public static String endpoint(String service, String region) {
        return service + "." + region + ".amazonaws.com";
    }
}
