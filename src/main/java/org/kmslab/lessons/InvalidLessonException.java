package org.kmslab.lessons;

/** A lesson file that cannot be used; the message names the file, the line (when known) and the problem. */
public class InvalidLessonException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public InvalidLessonException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** One-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
