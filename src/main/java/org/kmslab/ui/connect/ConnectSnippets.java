package org.kmslab.ui.connect;

import java.util.List;
import org.kmslab.sandbox.Principal;

/**
 * The copy-paste text of the connect page, built from the endpoint, the Region and the principals' credentials.
 * Plain strings, so they are tested without a browser and are exactly what the README shows.
 */
final class ConnectSnippets {

    private final String endpoint;
    private final String region;

    ConnectSnippets(String endpoint, String region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    String endpoint() {
        return endpoint;
    }

    /** Shell exports for one principal, then a first command. */
    String environment(Principal p, boolean showSecret) {
        return "export AWS_ACCESS_KEY_ID=" + p.credentials().accessKeyId() + "\n"
                + "export AWS_SECRET_ACCESS_KEY=" + secret(p, showSecret) + "\n"
                + "export AWS_DEFAULT_REGION=" + region + "\n"
                + "aws kms create-key --endpoint-url " + endpoint + " --description \"my first key\"\n"
                + "aws kms list-keys --endpoint-url " + endpoint;
    }

    /**
     * Blob parameters (Plaintext, CiphertextBlob, ...) with AWS CLI v2, which reads them as Base64 on the command line
     * where v1 took raw text: Base64 text, raw bytes from a file with {@code fileb://} (both versions), or v2 told to
     * read raw text. Each line works against this server.
     */
    String cliV2Blobs() {
        String url = " --endpoint-url " + endpoint;
        return "# AWS CLI v2 reads a blob given on the command line as Base64:\n"
                + "aws kms encrypt" + url + " --key-id alias/my-first-key --plaintext \"$(printf 'Hello' | base64)\" "
                + "--query CiphertextBlob --output text > hello.b64\n"
                + "# Raw bytes from a file with fileb:// work in v1 and v2 alike:\n"
                + "printf 'Hello' > hello.txt\n"
                + "aws kms encrypt" + url + " --key-id alias/my-first-key --plaintext fileb://hello.txt "
                + "--query CiphertextBlob --output text > hello.b64\n"
                + "base64 -d hello.b64 > hello.bin\n"
                + "aws kms decrypt" + url + " --ciphertext-blob fileb://hello.bin --query Plaintext --output text "
                + "| base64 -d\n"
                + "# Or tell v2 to read raw text, as v1 does:\n"
                + "aws kms encrypt" + url + " --key-id alias/my-first-key --plaintext 'Hello' "
                + "--cli-binary-format raw-in-base64-out";
    }

    /**
     * {@code aws configure set ... --profile} lines (the non-interactive form of {@code aws configure --profile}) that
     * save each principal's credentials, the Region and this endpoint as a profile, then a first command.
     */
    String configureProfiles(List<Principal> principals, boolean showSecret) {
        StringBuilder out = new StringBuilder();
        for (Principal p : principals) {
            String profile = " --profile " + p.profile() + "\n";
            out.append("aws configure set aws_access_key_id ").append(p.credentials().accessKeyId()).append(profile)
                    .append("aws configure set aws_secret_access_key ").append(secret(p, showSecret)).append(profile)
                    .append("aws configure set region ").append(region).append(profile)
                    .append("aws configure set endpoint_url ").append(endpoint).append(profile);
        }
        return out.append("aws kms list-keys --profile admin").toString();
    }

    /** {@code ~/.aws/credentials} with one profile per principal (admin, developer, app). */
    String credentialsFile(List<Principal> principals, boolean showSecret) {
        StringBuilder out = new StringBuilder("# ~/.aws/credentials\n");
        for (Principal p : principals) {
            out.append('[').append(p.profile()).append("]\n")
                    .append("aws_access_key_id = ").append(p.credentials().accessKeyId()).append('\n')
                    .append("aws_secret_access_key = ").append(secret(p, showSecret)).append("\n\n");
        }
        return out.toString().stripTrailing();
    }

    /** {@code ~/.aws/config} pointing every profile at KMS Lab, so {@code --endpoint-url} can be left out. */
    String configFile(List<Principal> principals) {
        StringBuilder out = new StringBuilder("# ~/.aws/config\n");
        for (Principal p : principals) {
            out.append("[profile ").append(p.profile()).append("]\n")
                    .append("region = ").append(region).append('\n')
                    .append("endpoint_url = ").append(endpoint).append("\n\n");
        }
        out.append("# then: aws kms list-keys --profile developer");
        return out.toString();
    }

    /** The AWS SDK for Java v2, pointed at KMS Lab. */
    String javaSdk(Principal p, boolean showSecret) {
        return "KmsClient kms = KmsClient.builder()\n"
                + "        .endpointOverride(URI.create(\"" + endpoint + "\"))\n"
                + "        .region(Region.of(\"" + region + "\"))\n"
                + "        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(\n"
                + "                \"" + p.credentials().accessKeyId() + "\",\n"
                + "                \"" + secret(p, showSecret) + "\")))\n"
                + "        .build();\n"
                + "String keyId = kms.createKey(r -> r.description(\"my first key\")).keyMetadata().keyId();";
    }

    /** boto3, pointed at KMS Lab. */
    String python(Principal p, boolean showSecret) {
        return "import boto3\n"
                + "kms = boto3.client(\"kms\", endpoint_url=\"" + endpoint + "\", region_name=\"" + region + "\",\n"
                + "                   aws_access_key_id=\"" + p.credentials().accessKeyId() + "\",\n"
                + "                   aws_secret_access_key=\"" + secret(p, showSecret) + "\")\n"
                + "print(kms.create_key(Description=\"my first key\")[\"KeyMetadata\"][\"KeyId\"])";
    }

    private static String secret(Principal p, boolean show) {
        return show ? p.credentials().secretAccessKey() : "*".repeat(p.credentials().secretAccessKey().length());
    }
}
