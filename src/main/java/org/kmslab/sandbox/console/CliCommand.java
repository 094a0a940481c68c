package org.kmslab.sandbox.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed {@code aws kms} command line.
 *
 * @param operation the AWS operation, e.g. {@code GenerateDataKey} for {@code generate-data-key}
 * @param options   the operation's options by AWS member name ({@code --key-id} is {@code KeyId}), each with the
 *                  words that followed it; a flag has no words, {@code --no-flag} has the single word "false"
 * @param profile   {@code --profile}, or null
 * @param region    {@code --region}, or null
 * @param query     {@code --query}, or null
 * @param output    {@code --output} (json, text, table), or null
 * @param rawBlobs  true under {@code --cli-binary-format raw-in-base64-out}: typed blobs are text, not Base64
 */
public record CliCommand(String operation, Map<String, List<String>> options, String profile, String region,
        String query, String output, boolean rawBlobs) {

    public CliCommand {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
}
