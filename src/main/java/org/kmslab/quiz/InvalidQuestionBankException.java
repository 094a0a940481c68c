package org.kmslab.quiz;

/** A bank file that cannot be used. The message names the file, the line when known, the question id and the problem. */
public class InvalidQuestionBankException extends RuntimeException {

    private final String file;
    private final String questionId;
    private final String problem;

    public InvalidQuestionBankException(String file, int line, String questionId, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (questionId == null ? "" : " [" + questionId + "]") + ": " + problem);
        this.file = file;
        this.questionId = questionId;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The id of the offending question, or null when the problem concerns the whole file. */
    public String questionId() {
        return questionId;
    }

    public String problem() {
        return problem;
    }
}
