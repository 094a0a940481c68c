package org.kmslab.engine.internal.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The optional trailing section of the {@code KLST} v1 state that holds GetKeyLastUsage records: marker
 * {@code "LU01"}, a count, then per key its id, tracking start, and (flag-prefixed) operation, time, CloudTrail event
 * id and request id. A state written before this section existed simply ends after the grants, and restores with
 * no records (its keys then read as tracked since creation and unused).
 */
final class LastUsageSection {

    private static final int MARKER = 0x4c553031;

    private LastUsageSection() {
    }

    static void write(DataOutputStream out, Map<String, LastUsage> records) throws IOException {
        out.writeInt(MARKER);
        out.writeInt(records.size());
        for (Map.Entry<String, LastUsage> e : records.entrySet()) {
            LastUsage u = e.getValue();
            out.writeUTF(e.getKey());
            StateIo.time(out, u.trackingStart());
            out.writeBoolean(u.operation() != null);
            if (u.operation() != null) {
                out.writeUTF(u.operation());
                StateIo.time(out, u.timestamp());
                out.writeUTF(u.cloudTrailEventId());
                out.writeUTF(u.kmsRequestId());
            }
        }
    }

    static void read(DataInputStream in, KeyStore fresh) throws IOException {
        if (in.available() == 0) {
            return;
        }
        if (in.readInt() != MARKER) {
            throw new IOException("unknown trailing section");
        }
        for (int i = in.readInt(); i > 0; i--) {
            String keyId = in.readUTF();
            LastUsage u = LastUsage.since(StateIo.time(in));
            if (in.readBoolean()) {
                u = u.used(in.readUTF(), StateIo.time(in), in.readUTF(), in.readUTF());
            }
            fresh.lastUsage().put(keyId, u);
        }
    }
}
