package org.kmslab.sandbox.console;

import java.util.List;

/** One family of console commands ({@code aws kms}, {@code aws s3}, {@code lab}, ...). */
interface CommandFamily {

    /**
     * Runs one command line.
     *
     * @param line  the line as typed
     * @param words the words after the family's name, the command first
     */
    ConsoleResult run(String line, List<String> words, ConsoleSession session);
}
