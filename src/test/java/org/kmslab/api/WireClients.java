package org.kmslab.api;

import java.net.URI;
import java.time.Duration;
import org.kmslab.sandbox.Principal;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/** Real AWS SDK for Java v2 clients pointed at the app under test. */
public final class WireClients {

    private WireClients() {
    }

    /** A client with credentials nobody issued: in local mode it acts as the default sandbox's administrator. */
    public static KmsClient anonymous(int port, String region) {
        return client(port, region, "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    public static KmsClient as(int port, Principal principal, String region) {
        return client(port, region, principal.credentials().accessKeyId(), principal.credentials().secretAccessKey());
    }

    public static KmsClient client(int port, String region, String accessKeyId, String secret) {
        return KmsClient.builder()
                .endpointOverride(URI.create("http://localhost:" + port))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD)
                        .apiCallTimeout(Duration.ofSeconds(30)))
                .build();
    }
}
