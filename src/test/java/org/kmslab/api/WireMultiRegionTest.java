package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.encryptionsdk.AwsCrypto;
import com.amazonaws.encryptionsdk.CommitmentPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlreadyExistsException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.MultiRegionKeyType;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.cryptography.materialproviders.IClientSupplier;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsMrkDiscoveryMultiKeyringInput;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsMrkMultiKeyringInput;
import software.amazon.cryptography.materialproviders.model.DiscoveryFilter;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/**
 * Multi-Region keys over the wire: two real AWS SDK for Java v2 clients in two Regions, and the AWS Encryption SDK's
 * MRK-aware keyrings encrypting in us-east-1 and decrypting in eu-west-1, all through KMS Lab.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireMultiRegionTest {

    private static final String US = "us-east-1";
    private static final String EU = "eu-west-1";

    @LocalServerPort
    private int port;

    @Autowired
    private SandboxService sandboxes;

    private KmsClient us;
    private KmsClient eu;

    @BeforeAll
    void connect() {
        us = WireClients.anonymous(port, US);
        eu = WireClients.anonymous(port, EU);
    }

    @AfterAll
    void close() {
        us.close();
        eu.close();
    }

    /** A primary in us-east-1 with a replica in eu-west-1 that has finished Creating. */
    private KeyMetadata primaryWithReplica() {
        KeyMetadata primary = us.createKey(r -> r.multiRegion(true).description("orders")).keyMetadata();
        KeyMetadata replica = us.replicateKey(r -> r.keyId(primary.keyId()).replicaRegion(EU)
                .description("orders, Europe")).replicaKeyMetadata();
        assertThat(replica.keyState()).isEqualTo(KeyState.CREATING);
        sandboxes.defaultSandbox().advanceClock(Duration.ofSeconds(5));
        return primary;
    }

    @Test
    void two_sdk_clients_see_one_key_in_two_regions() {
        KeyMetadata primary = primaryWithReplica();
        assertThat(primary.keyId()).matches("mrk-[0-9a-f]{32}");
        assertThat(primary.multiRegion()).isTrue();
        KeyMetadata replica = eu.describeKey(r -> r.keyId(primary.keyId())).keyMetadata();
        assertThat(replica.keyState()).isEqualTo(KeyState.ENABLED);
        assertThat(replica.arn()).isEqualTo("arn:aws:kms:eu-west-1:111122223333:key/" + primary.keyId());
        assertThat(replica.description()).isEqualTo("orders, Europe");
        assertThat(replica.multiRegionConfiguration().multiRegionKeyType()).isEqualTo(MultiRegionKeyType.REPLICA);
        assertThat(replica.multiRegionConfiguration().primaryKey().arn()).isEqualTo(primary.arn());
        assertThat(replica.multiRegionConfiguration().primaryKey().region()).isEqualTo(US);
        var fromPrimary = us.describeKey(r -> r.keyId(primary.keyId())).keyMetadata().multiRegionConfiguration();
        assertThat(fromPrimary.multiRegionKeyType()).isEqualTo(MultiRegionKeyType.PRIMARY);
        assertThat(fromPrimary.replicaKeys()).singleElement()
                .satisfies(k -> assertThat(k.region()).isEqualTo(EU));

        SdkBytes blob = us.encrypt(r -> r.keyId(primary.keyId()).plaintext(SdkBytes.fromUtf8String("hello"))
                .encryptionContext(Map.of("table", "orders"))).ciphertextBlob();
        var opened = eu.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(Map.of("table", "orders")));
        assertThat(opened.plaintext().asUtf8String()).isEqualTo("hello");
        assertThat(opened.keyId()).isEqualTo(replica.arn());
    }

    @Test
    void bad_replication_requests_get_aws_error_types() {
        KeyMetadata primary = primaryWithReplica();
        String single = us.createKey(r -> r.description("single")).keyMetadata().keyId();
        assertThatThrownBy(() -> us.replicateKey(r -> r.keyId(primary.keyId()).replicaRegion(EU)))
                .isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> us.replicateKey(r -> r.keyId(primary.keyId()).replicaRegion(US)))
                .isInstanceOf(KmsException.class)
                .satisfies(e -> assertThat(((KmsException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
        assertThatThrownBy(() -> us.replicateKey(r -> r.keyId(single).replicaRegion(EU)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("is not a multi-region primary key.");
        assertThatThrownBy(() -> us.replicateKey(r -> r.keyId(primary.keyId()).replicaRegion("xx-fake-9")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("KMS Lab does not know the Region xx-fake-9.");
        assertThat(eu.listKeys().keys()).noneSatisfy(k -> assertThat(k.keyId()).isEqualTo(single));
    }

    @Test
    void update_primary_region_moves_the_primary_to_europe() {
        KeyMetadata primary = primaryWithReplica();
        us.updatePrimaryRegion(r -> r.keyId(primary.keyId()).primaryRegion(EU));
        assertThat(us.describeKey(r -> r.keyId(primary.keyId())).keyMetadata().keyState())
                .isEqualTo(KeyState.UPDATING);
        sandboxes.defaultSandbox().advanceClock(Duration.ofSeconds(5));
        var config = eu.describeKey(r -> r.keyId(primary.keyId())).keyMetadata().multiRegionConfiguration();
        assertThat(config.multiRegionKeyType()).isEqualTo(MultiRegionKeyType.PRIMARY);
        assertThat(config.replicaKeys()).singleElement().satisfies(k -> assertThat(k.region()).isEqualTo(US));
        assertThat(us.describeKey(r -> r.keyId(primary.keyId())).keyMetadata().keyState())
                .isEqualTo(KeyState.ENABLED);
    }

    @Test
    void the_encryption_sdk_encrypts_in_us_east_1_and_decrypts_in_eu_west_1() {
        KeyMetadata primary = primaryWithReplica();
        MaterialProviders mpl = MaterialProviders.builder()
                .MaterialProvidersConfig(MaterialProvidersConfig.builder().build()).build();
        AwsCrypto crypto = AwsCrypto.builder().withCommitmentPolicy(CommitmentPolicy.RequireEncryptRequireDecrypt)
                .build();
        Map<String, KmsClient> byRegion = Map.of(US, us, EU, eu);
        IClientSupplier clients = input -> byRegion.get(input.region());
        IKeyring encrypting = mpl.CreateAwsKmsMrkMultiKeyring(CreateAwsKmsMrkMultiKeyringInput.builder()
                .generator(primary.arn()).clientSupplier(clients).build());
        byte[] message = "replicated order 42".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = crypto.encryptData(encrypting, message, Map.of("table", "orders")).getResult();

        IKeyring discovery = mpl.CreateAwsKmsMrkDiscoveryMultiKeyring(CreateAwsKmsMrkDiscoveryMultiKeyringInput
                .builder().regions(List.of(EU)).clientSupplier(clients)
                .discoveryFilter(DiscoveryFilter.builder().partition("aws").accountIds(List.of("111122223333"))
                        .build()).build());
        assertThat(crypto.decryptData(discovery, sealed).getResult()).isEqualTo(message);

        String replicaArn = "arn:aws:kms:eu-west-1:111122223333:key/" + primary.keyId();
        IKeyring strict = mpl.CreateAwsKmsMrkMultiKeyring(CreateAwsKmsMrkMultiKeyringInput.builder()
                .generator(replicaArn).clientSupplier(clients).build());
        assertThat(crypto.decryptData(strict, sealed).getResult()).isEqualTo(message);
    }
}
