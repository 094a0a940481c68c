package org.kmslab.sandbox.console;

import tools.jackson.databind.JsonNode;

/**
 * What the console shows for one command line: the text the AWS CLI would print, and the call's outcome.
 *
 * @param operation    the AWS operation, or null when the line could not be read
 * @param output       the text to print: the JSON result (after {@code --query}), or the CLI's error line
 * @param result       the JSON result, or null on error
 * @param errorType    the AWS exception name, {@code CliSyntaxError} for an unreadable line, or null on success
 * @param errorMessage the error's message, or null
 */
public record ConsoleResult(String commandLine, String operation, String output, JsonNode result, String errorType,
        String errorMessage) {

    /** The error type of a line the console could not read (no call was made). */
    public static final String SYNTAX_ERROR = "CliSyntaxError";

    public boolean ok() {
        return errorType == null;
    }
}
