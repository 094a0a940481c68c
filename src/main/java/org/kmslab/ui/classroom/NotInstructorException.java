package org.kmslab.ui.classroom;

/** An instructor action was called without the instructor secret: refused on the server, whatever the UI showed. */
public class NotInstructorException extends SecurityException {

    NotInstructorException() {
        super("Only the instructor can do that.");
    }
}
