package org.kmslab.ui.classroom;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Where {@link ClassroomService} writes what happens in the class: on one instance straight into the replica; in
 * cluster mode into the shared class log, which every instance's replica applies in order ({@link Shared}).
 */
interface ClassJournal {

    /** Records {@code entry}, applies it to this instance's replica, and returns what applying it returned. */
    Object submit(ClassEntry entry);

    /** One instance: the entry is applied at once. */
    static ClassJournal local(ClassReplica replica) {
        return entry -> {
            synchronized (replica) {
                return replica.apply(entry);
            }
        };
    }

    /**
     * Cluster mode: entries go to the class log ({@link ClusterClassLog}) and come back, in log order, to every
     * instance, this one included. This instance catches up when another instance's NOTIFY arrives, on a timer
     * (in case a notification was missed), and right after writing, so a caller sees its own entry applied.
     */
    final class Shared implements ClassJournal {
        private static final int KEPT_RESULTS = 1000;

        private final ClusterClassLog log;
        private final ClassReplica replica;
        private final Map<Long, Object> results = new ConcurrentSkipListMap<>();
        private long applied;

        Shared(ClusterClassLog log, ClassReplica replica) {
            this.log = log;
            this.replica = replica;
            this.applied = log.lastStart() - 1;
            catchUp();
            log.onChange(this::catchUp);
        }

        @Override
        public Object submit(ClassEntry entry) {
            long seq = log.append(entry.toJson());
            catchUp();
            Object result = results.remove(seq);
            return result == null ? Boolean.FALSE : result;
        }

        private void catchUp() {
            synchronized (replica) {
                for (ClusterClassLog.Row row : log.after(applied)) {
                    results.put(row.seq(), replica.apply(ClassEntry.fromJson(row.entry())));
                    applied = row.seq();
                }
                while (results.size() > KEPT_RESULTS) {
                    results.remove(((ConcurrentSkipListMap<Long, Object>) results).firstKey());
                }
            }
        }
    }
}
