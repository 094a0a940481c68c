package org.kmslab.quiz;

/** single: exactly one correct option; multiple: two or more, all of which must be chosen (as on the exam). */
public enum QuestionType {
    SINGLE, MULTIPLE
}
