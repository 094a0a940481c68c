package org.kmslab.engine.internal.ops;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.kmslab.engine.exception.InvalidMarkerException;

/** Limit/Marker pagination: the marker is an opaque token for the next offset, as AWS's markers are opaque. */
final class Pages {

    private static final String PREFIX = "kmslab-page:";

    private Pages() {
    }

    /** One page of {@code all}: items, the next marker (or null) and whether more remain. */
    record Page<T>(List<T> items, String nextMarker, Boolean truncated) {
    }

    static <T> Page<T> of(List<T> all, Integer limit, String marker, int defaultLimit, int maxLimit) {
        int n = Validate.range("limit", limit, 1, maxLimit) == null ? defaultLimit : limit;
        int from = start(marker);
        if (from > all.size()) {
            throw new InvalidMarkerException("Invalid marker: " + marker);
        }
        int to = Math.min(all.size(), from + n);
        boolean more = to < all.size();
        return new Page<>(List.copyOf(all.subList(from, to)), more ? encode(to) : null, more);
    }

    private static int start(String marker) {
        if (marker == null) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (s.startsWith(PREFIX)) {
                return Integer.parseInt(s.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidMarkerException("Invalid marker: " + marker);
        }
        throw new InvalidMarkerException("Invalid marker: " + marker);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
