package org.kmslab.sandbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads an AWS JSON body into an engine request record and explains, in words a learner can act on, why a body
 * could not be read. The messages are ours (AWS's front end words them differently and often gives none); the error
 * type, {@code SerializationException}, is AWS's.
 */
final class RequestReader {

    private RequestReader() {
    }

    static <Q extends Record> Q read(byte[] body, Class<Q> type) {
        if (isBlank(body)) {
            body = new byte[] {'{', '}'};
        }
        Q request;
        try {
            request = AwsJson.MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw new UnreadableRequestException(explain(e));
        }
        if (request == null) {
            throw new UnreadableRequestException("The request body must be a JSON object.");
        }
        return request;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String explain(JacksonException e) {
        String member = memberPath(e);
        if (e instanceof AwsJson.BadBase64Exception) {
            return "Value of member '" + member + "' is not valid base64.";
        }
        if (e instanceof MismatchedInputException m) {
            if (member.isEmpty()) {
                return "The request body must be a JSON object.";
            }
            String expected = describeType(m.getTargetType());
            String found = describeToken(m.getCurrentToken());
            return "Value of member '" + member + "' must be " + expected
                    + (found == null ? "." : ", not " + found + ".");
        }
        if (e instanceof StreamReadException && member.isEmpty()) {
            var where = e.getLocation();
            return where == null || where.getLineNr() < 0
                    ? "The request body is not valid JSON."
                    : "The request body is not valid JSON (line " + where.getLineNr() + ", column "
                            + where.getColumnNr() + ").";
        }
        return member.isEmpty() ? "The request body could not be read."
                : "Value of member '" + member + "' could not be read.";
    }

    /** {@code Tags[0].TagKey}: the path of JSON member names and list indexes to the offending value. */
    private static String memberPath(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == byte[].class) {
            return "a base64 string";
        }
        if (type == Instant.class) {
            return "a timestamp in epoch seconds";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map of strings";
        }
        return "a structure";
    }

    private static String describeToken(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a structure";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    /** The body could not be read into the request record; the message says why. */
    static final class UnreadableRequestException extends RuntimeException {
        UnreadableRequestException(String message) {
            super(message, null, false, false);
        }
    }
}
