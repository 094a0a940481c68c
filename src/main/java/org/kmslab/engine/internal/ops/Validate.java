package org.kmslab.engine.internal.ops;

import java.util.List;

import org.kmslab.engine.exception.DryRunOperationException;
import org.kmslab.engine.exception.ValidationException;

/** Shape checks with AWS's "1 validation error detected: ..." messages. */
public final class Validate {

    private static final String PREFIX = "1 validation error detected: ";

    private Validate() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(PREFIX + "Value null at '" + field
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    /** Blob length; AWS omits blob values from the message. */
    public static byte[] blob(String field, byte[] value, int min, int max) {
        required(field, value);
        if (value.length < min) {
            throw new ValidationException(PREFIX + "Value at '" + field
                    + "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
        }
        if (value.length > max) {
            throw new ValidationException(PREFIX + "Value at '" + field
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
        return value;
    }

    /** String length; null passes (use {@link #required} first when the member is required). */
    public static String length(String field, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            String bound = value.length() < min ? "greater than or equal to " + min : "less than or equal to " + max;
            throw new ValidationException(PREFIX + "Value '" + value + "' at '" + field
                    + "' failed to satisfy constraint: Member must have length " + bound);
        }
        return value;
    }

    /** Integer range; null passes. */
    public static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            String bound = value < min ? "greater than or equal to " + min : "less than or equal to " + max;
            throw new ValidationException(PREFIX + "Value '" + value + "' at '" + field
                    + "' failed to satisfy constraint: Member must have value " + bound);
        }
        return value;
    }

    /** At most 10 grant tokens, each 1-8192 characters. */
    public static void grantTokens(List<String> tokens) {
        if (tokens != null && tokens.size() > 10) {
            throw new ValidationException(PREFIX + "Value at 'grantTokens' failed to satisfy constraint: "
                    + "Member must have length less than or equal to 10");
        }
    }

    /** Last step before operating: a DryRun request stops here, having passed every check. */
    public static void dryRun(Boolean dryRun) {
        if (Boolean.TRUE.equals(dryRun)) {
            throw new DryRunOperationException("The request would have succeeded, but the DryRun option is set.");
        }
    }

    /** A plain ValidationException with a free-form AWS message. */
    public static ValidationException fail(String message) {
        return new ValidationException(message);
    }
}
