package org.kmslab.engine.internal.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The canonical byte form of an encryption context, used as AAD. Pairs are sorted by the unsigned bytes of the
 * UTF-8 key and written as {@code count(4) ‖ (len(k)(4) ‖ k ‖ len(v)(4) ‖ v)*}, big-endian. The length prefixes make the
 * encoding injective, so {@code {"ab":"c"}} and {@code {"a":"bc"}} can never collide; sorting makes it
 * order-free, which is AWS's exact-match rule (case-sensitive, order does not matter).
 */
public final class EncryptionContextCodec {

    private EncryptionContextCodec() {
    }

    /** Canonical bytes; a null or empty context encodes as four zero bytes. */
    public static byte[] encode(Map<String, String> context) {
        Map<String, String> ctx = context == null ? Map.of() : context;
        byte[][][] pairs = new byte[ctx.size()][][];
        int i = 0;
        for (Map.Entry<String, String> e : ctx.entrySet()) {
            pairs[i++] = new byte[][] {utf8(e.getKey()), utf8(e.getValue())};
        }
        Arrays.sort(pairs, (a, b) -> Arrays.compareUnsigned(a[0], b[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, pairs.length);
        for (byte[][] p : pairs) {
            writeInt(out, p[0].length);
            out.writeBytes(p[0]);
            writeInt(out, p[1].length);
            out.writeBytes(p[1]);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
