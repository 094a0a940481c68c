package org.kmslab.sandbox;

import java.util.Objects;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;

/**
 * A named IAM identity of a sandbox (the roles {@code Admin}, {@code Developer} and {@code App}) with the access key
 * pair that signs its requests over the wire.
 *
 * @param name        the short name, also the AWS CLI profile in lower case ({@code Admin} -> {@code admin})
 * @param arn         the role ARN, e.g. {@code arn:aws:iam::111122223333:role/Developer}
 * @param credentials the access key pair issued to this principal
 */
public record Principal(String name, String arn, Credentials credentials) {

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(credentials, "credentials");
    }

    static Principal role(String accountId, String name) {
        return new Principal(name, "arn:aws:iam::" + accountId + ":role/" + name, Credentials.generate());
    }

    /** The AWS CLI profile name used in the docs and on the connect page. */
    public String profile() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** This principal calling from {@code source}. */
    public Caller caller(String accountId, CallSource source) {
        return Caller.principal(accountId, arn, source);
    }
}
