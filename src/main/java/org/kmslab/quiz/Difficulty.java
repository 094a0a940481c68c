package org.kmslab.quiz;

/** How hard a question is meant to be, as judged by its author. */
public enum Difficulty {
    EASY, MEDIUM, HARD
}
