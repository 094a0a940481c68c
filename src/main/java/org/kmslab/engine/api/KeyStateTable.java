package org.kmslab.engine.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS's "key states and operations" table as data: for an operation and a key state, either the call may go on
 * (no rule) or it fails with the named exception and message (the template's {@code %s} is the key ARN). The engine
 * enforces exactly this table, and the state-machine lesson renders it.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */
public final class KeyStateTable {

    /** A refusal: AWS exception name and message template. */
    public record Rule(String exception, String messageTemplate) {

        /** The message for a given key ARN. */
        public String message(String keyArn) {
            return messageTemplate.formatted(keyArn);
        }
    }

    private static final Rule DISABLED = new Rule("DisabledException", "%s is disabled.");
    private static final Rule PENDING_DELETION = new Rule("KMSInvalidStateException", "%s is pending deletion.");
    private static final Rule PENDING_IMPORT = new Rule("KMSInvalidStateException", "%s is pending import.");
    private static final Rule UNAVAILABLE = new Rule("KMSInvalidStateException", "%s is unavailable.");
    private static final Rule NOT_PENDING_DELETION =
            new Rule("KMSInvalidStateException", "%s is not pending deletion.");
    private static final Rule CREATING = new Rule("KMSInvalidStateException", "%s is creating.");
    private static final Rule UPDATING = new Rule("KMSInvalidStateException", "%s is updating.");

    private static final Map<Operation, Map<KeyState, Rule>> TABLE = build();

    private KeyStateTable() {
    }

    /** The refusal for {@code op} on a key in {@code state}, or empty when the state allows it. */
    public static Optional<Rule> rule(Operation op, KeyState state) {
        return Optional.ofNullable(TABLE.getOrDefault(op, Map.of()).get(state));
    }

    /** The whole table (operations without refusals are absent). */
    public static Map<Operation, Map<KeyState, Rule>> rows() {
        return TABLE;
    }

    private static Map<Operation, Map<KeyState, Rule>> build() {
        Map<Operation, Map<KeyState, Rule>> t = new EnumMap<>(Operation.class);
        for (Operation op : List.of(Operation.ENCRYPT, Operation.DECRYPT, Operation.RE_ENCRYPT,
                Operation.GENERATE_DATA_KEY, Operation.GENERATE_DATA_KEY_WITHOUT_PLAINTEXT,
                Operation.GENERATE_DATA_KEY_PAIR, Operation.GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT,
                Operation.CREATE_GRANT, Operation.SIGN, Operation.VERIFY, Operation.GET_PUBLIC_KEY,
                Operation.GENERATE_MAC, Operation.VERIFY_MAC, Operation.ROTATE_KEY_ON_DEMAND,
                Operation.DERIVE_SHARED_SECRET)) {
            put(t, op, KeyState.DISABLED, DISABLED);
            put(t, op, KeyState.PENDING_DELETION, PENDING_DELETION);
            put(t, op, KeyState.PENDING_IMPORT, PENDING_IMPORT);
        }
        for (Operation op : List.of(Operation.ENABLE_KEY_ROTATION, Operation.DISABLE_KEY_ROTATION)) {
            put(t, op, KeyState.DISABLED, DISABLED);
            put(t, op, KeyState.PENDING_DELETION, PENDING_DELETION);
        }
        for (Operation op : List.of(Operation.ENABLE_KEY, Operation.DISABLE_KEY)) {
            put(t, op, KeyState.PENDING_DELETION, PENDING_DELETION);
            put(t, op, KeyState.PENDING_IMPORT, PENDING_IMPORT);
        }
        for (Operation op : List.of(Operation.CREATE_ALIAS, Operation.UPDATE_ALIAS, Operation.SCHEDULE_KEY_DELETION,
                Operation.TAG_RESOURCE, Operation.UNTAG_RESOURCE, Operation.UPDATE_KEY_DESCRIPTION,
                Operation.GET_PARAMETERS_FOR_IMPORT, Operation.IMPORT_KEY_MATERIAL)) {
            put(t, op, KeyState.PENDING_DELETION, PENDING_DELETION);
        }
        for (Operation op : List.of(Operation.ENCRYPT, Operation.DECRYPT, Operation.RE_ENCRYPT,
                Operation.GENERATE_DATA_KEY, Operation.GENERATE_DATA_KEY_WITHOUT_PLAINTEXT,
                Operation.GENERATE_DATA_KEY_PAIR, Operation.GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT)) {
            put(t, op, KeyState.UNAVAILABLE, UNAVAILABLE); // keys in a custom key store that is not connected
        }
        for (KeyState s : List.of(KeyState.ENABLED, KeyState.DISABLED, KeyState.PENDING_IMPORT,
                KeyState.UNAVAILABLE)) {
            put(t, Operation.CANCEL_KEY_DELETION, s, NOT_PENDING_DELETION);
        }
        multiRegionStates(t);
        t.replaceAll((op, row) -> Collections.unmodifiableMap(row));
        return Collections.unmodifiableMap(t);
    }

    /**
     * The three states only multi-Region keys reach: PendingReplicaDeletion refuses what PendingDeletion refuses
     * (AWS's table gives them one column), Creating and Updating refuse the operations footnotes 14 and 15 name.
     */
    private static void multiRegionStates(Map<Operation, Map<KeyState, Rule>> t) {
        for (Operation op : List.of(Operation.REPLICATE_KEY, Operation.UPDATE_PRIMARY_REGION)) {
            put(t, op, KeyState.DISABLED, DISABLED);
            put(t, op, KeyState.PENDING_DELETION, PENDING_DELETION);
            put(t, op, KeyState.PENDING_IMPORT, PENDING_IMPORT);
            put(t, op, KeyState.UPDATING, UPDATING);
        }
        for (Map<KeyState, Rule> row : t.values()) {
            Rule pending = row.get(KeyState.PENDING_DELETION);
            if (pending != null) {
                row.put(KeyState.PENDING_REPLICA_DELETION, pending);
            }
        }
        for (Operation op : List.of(Operation.ENCRYPT, Operation.DECRYPT, Operation.RE_ENCRYPT,
                Operation.GENERATE_DATA_KEY, Operation.GENERATE_DATA_KEY_WITHOUT_PLAINTEXT,
                Operation.GENERATE_DATA_KEY_PAIR, Operation.GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT,
                Operation.CREATE_GRANT, Operation.SIGN, Operation.VERIFY, Operation.GET_PUBLIC_KEY,
                Operation.GENERATE_MAC, Operation.VERIFY_MAC, Operation.ROTATE_KEY_ON_DEMAND,
                Operation.DELETE_IMPORTED_KEY_MATERIAL, Operation.ENABLE_KEY, Operation.DISABLE_KEY,
                Operation.ENABLE_KEY_ROTATION, Operation.DISABLE_KEY_ROTATION, Operation.GET_PARAMETERS_FOR_IMPORT,
                Operation.IMPORT_KEY_MATERIAL, Operation.REPLICATE_KEY, Operation.UPDATE_PRIMARY_REGION)) {
            put(t, op, KeyState.CREATING, CREATING);
        }
        for (Operation op : List.of(Operation.DELETE_IMPORTED_KEY_MATERIAL, Operation.ENABLE_KEY,
                Operation.DISABLE_KEY, Operation.GET_PARAMETERS_FOR_IMPORT, Operation.SCHEDULE_KEY_DELETION)) {
            put(t, op, KeyState.UPDATING, UPDATING);
        }
        for (KeyState s : List.of(KeyState.CREATING, KeyState.UPDATING)) {
            put(t, Operation.CANCEL_KEY_DELETION, s, NOT_PENDING_DELETION);
        }
    }

    private static void put(Map<Operation, Map<KeyState, Rule>> t, Operation op, KeyState s, Rule r) {
        t.computeIfAbsent(op, k -> new EnumMap<>(KeyState.class)).put(s, r);
    }
}
