package org.kmslab.engine.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.kmslab.engine.exception.ValidationException;

/** Parses AWS wire strings into enum constants, failing the way AWS's shape validation does. */
final class WireEnums {

    private WireEnums() {
    }

    static <E extends Enum<E> & WireEnum> E parse(E[] values, String field, String value) {
        if (value == null) {
            return null;
        }
        for (E e : values) {
            if (e.wire().equals(value)) {
                return e;
            }
        }
        String set = Arrays.stream(values).map(WireEnum::wire).collect(Collectors.joining(", ", "[", "]"));
        throw new ValidationException("1 validation error detected: Value '" + value + "' at '" + field
                + "' failed to satisfy constraint: Member must satisfy enum value set: " + set);
    }
}
