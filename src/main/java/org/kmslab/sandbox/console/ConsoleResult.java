package org.kmslab.sandbox.console;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the console shows for one command line: the text the AWS CLI would print, and the call's outcome.
 *
 * @param operation    the AWS operation (or {@code lab} helper), or null when the line could not be read
 * @param output       the text to print: the JSON result (after {@code --query}), or the CLI's error line
 * @param result       the JSON result, or null on error
 * @param errorType    the AWS error code, {@code CliSyntaxError} for an unreadable line, or null on success
 * @param errorMessage the error's message, or null
 * @param redactions   secrets a view must now mask wherever it shows them (with {@code [discarded]}): set by
 *                     {@code lab discard-data-key}, empty otherwise
 */
public record ConsoleResult(String commandLine, String operation, String output, JsonNode result, String errorType,
        String errorMessage, List<String> redactions) {

    /** The error type of a line the console could not read (no call was made). */
    public static final String SYNTAX_ERROR = "CliSyntaxError";

    public ConsoleResult {
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }

    public ConsoleResult(String commandLine, String operation, String output, JsonNode result, String errorType,
            String errorMessage) {
        this(commandLine, operation, output, result, errorType, errorMessage, List.of());
    }

    public boolean ok() {
        return errorType == null;
    }
}
