package org.kmslab.sandbox.services;

import org.kmslab.sandbox.Sandbox;
import org.springframework.stereotype.Component;

/** The Spring-facing handle on each sandbox's one {@link AwsServices}, for views that are built by injection. */
@Component
public class AwsServicesRegistry {

    public AwsServices forSandbox(Sandbox sandbox) {
        return AwsServices.of(sandbox);
    }
}
