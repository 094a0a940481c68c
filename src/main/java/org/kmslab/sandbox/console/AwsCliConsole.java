package org.kmslab.sandbox.console;

import java.util.Locale;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Principal;
import org.kmslab.sandbox.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs {@code aws kms ...} command lines against a sandbox, through the same {@link KmsGateway} the wire protocol
 * uses: the console sends the request JSON the AWS CLI would send, and prints what the AWS CLI would print.
 * {@code --profile admin|developer|app} picks the sandbox principal that calls; without it the sandbox's
 * administrator calls. {@code --region} picks the Region's engine.
 */
public final class AwsCliConsole {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KmsGateway gateway;
    private final Sandbox sandbox;

    public AwsCliConsole(KmsGateway gateway, Sandbox sandbox) {
        this.gateway = gateway;
        this.sandbox = sandbox;
    }

    public ConsoleResult run(String commandLine) {
        CliCommand command;
        Caller caller;
        ObjectNode body;
        try {
            command = AwsCliParser.parse(commandLine);
            Class<?> requestType = gateway.requestType(command.operation()).orElseThrow(() -> new CliSyntaxException(
                    "aws: error: argument operation: Invalid choice: '" + CliShapes.kebab(command.operation())
                            + "'. Type 'help' to see the supported commands."));
            caller = caller(command.profile());
            body = CliShapes.toJson(requestType, command.options());
        } catch (CliSyntaxException e) {
            return new ConsoleResult(commandLine, null, e.getMessage(), null, ConsoleResult.SYNTAX_ERROR, e.getMessage());
        }
        KmsEngine engine = command.region() == null ? sandbox.engine() : sandbox.engine(command.region());
        GatewayResponse response = gateway.invoke(engine, caller, command.operation(), body);
        if (!response.ok()) {
            String message = response.errorMessage() == null ? "" : response.errorMessage();
            String line = "An error occurred (" + response.errorType() + ") when calling the " + command.operation()
                    + " operation: " + message;
            return new ConsoleResult(commandLine, command.operation(), line, null, response.errorType(), message);
        }
        JsonNode result = JSON.readTree(response.body());
        return new ConsoleResult(commandLine, command.operation(), render(result, command), result, null, null);
    }

    private Caller caller(String profile) {
        if (profile == null || profile.equals("default")) {
            return sandbox.administrator(CallSource.CONSOLE);
        }
        String name = profile.substring(0, 1).toUpperCase(Locale.ROOT) + profile.substring(1).toLowerCase(Locale.ROOT);
        return sandbox.principal(name)
                .map(p -> p.caller(sandbox.accountId(), CallSource.CONSOLE))
                .orElseThrow(() -> new CliSyntaxException("The config profile (" + profile + ") could not be found. "
                        + "Profiles: " + String.join(", ", sandbox.principals().stream().map(Principal::profile).toList())));
    }

    private static String render(JsonNode result, CliCommand command) {
        JsonNode shown = command.query() == null ? result : result.at(pointer(command.query()));
        if ("text".equals(command.output()) && shown.isValueNode()) {
            return shown.asString();
        }
        if (shown.isMissingNode()) {
            return "null";
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shown);
    }

    /**
     * A JSON Pointer for the simple JMESPath the console supports: dotted member names with optional indexes,
     * {@code KeyMetadata.KeyId} or {@code Keys[0].KeyId}.
     */
    public static String pointer(String path) {
        return "/" + path.strip().replace("[", ".").replace("]", "").replace('.', '/');
    }
}
