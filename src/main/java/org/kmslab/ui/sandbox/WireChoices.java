package org.kmslab.ui.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.api.DataKeyPairSpec;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.api.ExpirationModel;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.api.MessageType;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.WrappingKeySpec;

/**
 * The request members that take one of a fixed set of AWS wire strings, with the engine's own enums as the source, so
 * the sandbox form offers a choice instead of free text. An explicit table, by member name, and by operation where
 * one name means two things ({@code KeySpec} of CreateKey versus of GenerateDataKey).
 */
final class WireChoices {

    private static final Map<String, List<String>> BY_MEMBER = Map.ofEntries(
            Map.entry("KeyUsage", wires(KeyUsage.values(), KeyUsage::wire)),
            Map.entry("KeySpec", wires(KeySpec.values(), KeySpec::wire)),
            Map.entry("CustomerMasterKeySpec", wires(KeySpec.values(), KeySpec::wire)),
            Map.entry("Origin", wires(Origin.values(), Origin::wire)),
            Map.entry("EncryptionAlgorithm", wires(EncryptionAlgorithm.values(), EncryptionAlgorithm::wire)),
            Map.entry("SourceEncryptionAlgorithm", wires(EncryptionAlgorithm.values(), EncryptionAlgorithm::wire)),
            Map.entry("DestinationEncryptionAlgorithm", wires(EncryptionAlgorithm.values(), EncryptionAlgorithm::wire)),
            Map.entry("SigningAlgorithm", wires(SigningAlgorithm.values(), SigningAlgorithm::wire)),
            Map.entry("MacAlgorithm", wires(MacAlgorithm.values(), MacAlgorithm::wire)),
            Map.entry("MessageType", wires(MessageType.values(), MessageType::wire)),
            Map.entry("KeyPairSpec", wires(DataKeyPairSpec.values(), DataKeyPairSpec::wire)),
            Map.entry("WrappingKeySpec", wires(WrappingKeySpec.values(), WrappingKeySpec::wire)),
            Map.entry("WrappingAlgorithm", wires(AlgorithmSpec.values(), AlgorithmSpec::wire)),
            Map.entry("ExpirationModel", wires(ExpirationModel.values(), ExpirationModel::wire)));

    private static final List<String> DATA_KEY_SPECS = wires(DataKeySpec.values(), DataKeySpec::wire);

    private WireChoices() {
    }

    /** The wire values a member of an operation's request may take, or empty for a free-form member. */
    static Optional<List<String>> of(String operation, String member) {
        if ("KeySpec".equals(member) && operation.startsWith("GenerateDataKey")) {
            return Optional.of(DATA_KEY_SPECS);
        }
        return Optional.ofNullable(BY_MEMBER.get(member));
    }

    private static <E> List<String> wires(E[] values, Function<E, String> wire) {
        return Arrays.stream(values).map(wire).toList();
    }
}
