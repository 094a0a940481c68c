package org.kmslab.ui.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.StateWrappingKey;
import org.kmslab.sandbox.Sandbox;

/**
 * Undo for console commands: before each command, the KMS state of every Region the sandbox uses (keys with their
 * material, aliases, tags, policies, grants) is exported; Undo imports the newest export again. What KMS state
 * cannot hold stays as it is: the sandbox clock (time only moves forward), files in the console's workspace,
 * objects in simulated buckets, and the events already recorded (the audit log keeps them, as CloudTrail would).
 *
 * <p>The exports wrap key material under a root key that lives only in this object, in memory.
 */
final class UndoHistory {

    /** Commands that can be undone, newest first; older ones are forgotten. */
    static final int DEPTH = 20;

    private record Snapshot(String command, Map<String, byte[]> regions) {
    }

    private final Sandbox sandbox;
    private final StateWrappingKey root = StateWrappingKey.generate();
    private final Deque<Snapshot> snapshots = new ArrayDeque<>();

    UndoHistory(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Remembers the sandbox's KMS state before {@code command} runs. */
    void before(String command) {
        Map<String, byte[]> regions = new HashMap<>();
        for (String region : sandbox.activeRegions()) {
            regions.put(region, sandbox.engine(region).exportState(root));
        }
        snapshots.push(new Snapshot(command, regions));
        while (snapshots.size() > DEPTH) {
            snapshots.removeLast();
        }
    }

    boolean canUndo() {
        return !snapshots.isEmpty();
    }

    /** The command the next undo takes back. */
    Optional<String> nextCommand() {
        return Optional.ofNullable(snapshots.peek()).map(Snapshot::command);
    }

    /**
     * Puts KMS back as it was before the newest remembered command; Regions first used by that command are emptied.
     * Returns the command undone.
     */
    Optional<String> undo() {
        Snapshot snapshot = snapshots.poll();
        if (snapshot == null) {
            return Optional.empty();
        }
        for (String region : sandbox.activeRegions()) {
            byte[] state = snapshot.regions().get(region);
            if (state == null) {
                state = new KmsEngine(sandbox.accountId(), region, sandbox.clock()).exportState(root);
            }
            sandbox.importState(region, state, root);
        }
        return Optional.of(snapshot.command());
    }

    void clear() {
        snapshots.clear();
    }
}
