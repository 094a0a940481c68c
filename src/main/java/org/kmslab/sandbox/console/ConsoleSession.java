package org.kmslab.sandbox.console;

import java.util.Locale;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Principal;
import org.kmslab.sandbox.Regions;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.services.AwsServices;
import org.kmslab.sandbox.services.Workspace;

/**
 * What the command families of one console share: the sandbox and its gateway and services, the session's
 * workspace of files, and the plaintext secrets the console has shown.
 */
record ConsoleSession(KmsGateway gateway, Sandbox sandbox, AwsServices services, Workspace workspace,
        Secrets secrets) {

    /**
     * The caller behind {@code --profile}: without one, the sandbox's {@code role/Admin}, as the real AWS CLI with the
     * sandbox's default credentials calls (not the account root), so that the console and the CLI show the same
     * identity in the audit log and the policy trace.
     */
    Caller caller(String profile) {
        if (profile == null || profile.equals("default")) {
            return sandbox.principal("admin").map(p -> p.caller(sandbox.accountId(), CallSource.CONSOLE))
                    .orElseGet(() -> sandbox.administrator(CallSource.CONSOLE));
        }
        String name = profile.substring(0, 1).toUpperCase(Locale.ROOT) + profile.substring(1).toLowerCase(Locale.ROOT);
        return sandbox.principal(name)
                .map(p -> p.caller(sandbox.accountId(), CallSource.CONSOLE))
                .orElseThrow(() -> new CliSyntaxException("The config profile (" + profile + ") could not be found. "
                        + "Profiles: " + String.join(", ", sandbox.principals().stream().map(Principal::profile).toList())));
    }

    /** The Region behind {@code --region}: the sandbox's default without one; only Regions KMS Lab knows. */
    String region(String region) {
        if (region != null && !Regions.isKnown(region)) {
            throw new CliSyntaxException("Could not connect to the endpoint URL: \"https://kms." + region
                    + ".amazonaws.com/\" (KMS Lab knows the AWS commercial, GovCloud and China Regions)");
        }
        return region == null ? sandbox.defaultRegion() : region;
    }
}
