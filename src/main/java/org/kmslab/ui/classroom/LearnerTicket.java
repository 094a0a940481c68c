package org.kmslab.ui.classroom;

import java.io.Serializable;

/**
 * What a learner's browser session holds after joining: the class code and an unguessable token. The token is the
 * learner's only credential and never leaves the server-side session.
 */
public record LearnerTicket(String code, String token) implements Serializable {

    @Override
    public String toString() {
        return "LearnerTicket[" + code + "]";
    }
}
