package org.kmslab.sandbox.console;

import java.util.List;
import java.util.Set;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.sandbox.GatewayResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code aws kms ...}: sends the request JSON the AWS CLI would send through the same {@code KmsGateway} the wire
 * protocol uses, and prints what the AWS CLI would print. Plaintext key material in a result (data keys, decrypted
 * plaintext, private keys of data key pairs) is remembered so that {@code lab discard-data-key} can redact it.
 */
final class KmsCommands implements CommandFamily {

    /** Result members that carry plaintext secrets. */
    private static final List<String> SECRET_MEMBERS = List.of("Plaintext", "PrivateKeyPlaintext");
    private static final Set<String> SECRET_OPERATIONS = Set.of("GenerateDataKey", "Decrypt", "GenerateDataKeyPair");

    @Override
    public ConsoleResult run(String line, List<String> words, ConsoleSession session) {
        CliCommand command;
        Caller caller;
        ObjectNode body;
        String region;
        try {
            command = AwsCliParser.parse(line);
            Class<?> requestType = session.gateway().requestType(command.operation()).orElseThrow(() ->
                    new CliSyntaxException("aws: error: argument operation: Invalid choice: '"
                            + CliShapes.kebab(command.operation()) + "'. Type 'help' to see the supported commands."));
            caller = session.caller(command.profile());
            if (command.query() != null) {
                JsonQuery.parse(command.query()); // a bad --query is refused before the call
            }
            body = CliShapes.toJson(requestType, command.options(), session.workspace(), command.rawBlobs());
            region = session.region(command.region());
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        }
        KmsEngine engine = session.sandbox().engine(region);
        GatewayResponse response = session.gateway().invoke(engine, caller, command.operation(), body);
        if (!response.ok()) {
            return Output.error(line, command.operation(), response.errorType(),
                    response.errorMessage() == null ? "" : response.errorMessage());
        }
        JsonNode result = Output.JSON.readTree(response.body());
        if (SECRET_OPERATIONS.contains(command.operation())) {
            SECRET_MEMBERS.forEach(m -> {
                if (result.hasNonNull(m)) {
                    session.secrets().remember(result.get(m).asString());
                }
            });
        }
        return new ConsoleResult(line, command.operation(), Output.render(result, command.query(), command.output()),
                result, null, null);
    }
}
