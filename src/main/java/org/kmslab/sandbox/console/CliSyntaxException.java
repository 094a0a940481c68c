package org.kmslab.sandbox.console;

/** A command line the console cannot read, with a message in the AWS CLI's manner. */
public class CliSyntaxException extends RuntimeException {

    public CliSyntaxException(String message) {
        super(message);
    }
}
