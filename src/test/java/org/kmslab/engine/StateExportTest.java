package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.CreateAliasRequest;
import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateMacRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.ListGrantsRequest;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.VerifyRequest;

class StateExportTest {

    private final Fixture f = new Fixture();
    private final StateWrappingKey root = StateWrappingKey.generate();

    @Test
    void export_then_import_restores_keys_versions_aliases_tags_and_grants() {
        String sym = f.kms.createKey(f.root, CreateKeyRequest.symmetric().withTags(List.of(Tag.of("a", "b"))))
                .keyMetadata().keyId();
        byte[] old = f.kms.encrypt(f.root, EncryptRequest.of(sym, new byte[] {1}, Map.of("c", "d"))).ciphertextBlob();
        f.kms.rotateKeyOnDemand(f.root, RotateKeyOnDemandRequest.of(sym));
        f.kms.createAlias(f.root, CreateAliasRequest.of("alias/s", sym));
        f.kms.createGrant(f.root, CreateGrantRequest.of(sym, "arn:aws:iam::111122223333:user/x", List.of("Decrypt")));
        String ecc = f.key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
        byte[] sig = f.kms.sign(f.root, SignRequest.of(ecc, new byte[] {2}, SigningAlgorithm.ECDSA_SHA_256))
                .signature();
        String hmac = f.key(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC);
        byte[] mac = f.kms.generateMac(f.root, GenerateMacRequest.of(hmac, new byte[] {3},
                MacAlgorithm.HMAC_SHA_256)).mac();

        byte[] state = f.kms.exportState(root);
        KmsEngine restored = new KmsEngine(Fixture.ACCOUNT, Fixture.REGION, f.clock);
        restored.importState(state, root);

        assertThat(restored.decrypt(f.root, DecryptRequest.of(old, Map.of("c", "d"))).plaintext()).containsExactly(1);
        assertThat(restored.encrypt(f.root, EncryptRequest.of("alias/s", new byte[] {4})).keyId())
                .isEqualTo(f.arn(sym));
        assertThat(restored.verify(f.root, VerifyRequest.of(ecc, new byte[] {2}, sig, SigningAlgorithm.ECDSA_SHA_256))
                .signatureValid()).isTrue();
        assertThat(restored.generateMac(f.root, GenerateMacRequest.of(hmac, new byte[] {3},
                MacAlgorithm.HMAC_SHA_256)).mac()).isEqualTo(mac);
        assertThat(restored.listGrants(f.root, ListGrantsRequest.of(sym)).grants()).hasSize(1);
        assertThat(restored.describeKey(f.root, DescribeKeyRequest.of(sym)).keyMetadata())
                .isEqualTo(f.kms.describeKey(f.root, DescribeKeyRequest.of(sym)).keyMetadata());
    }

    @Test
    void import_with_the_wrong_root_key_fails_and_leaves_state_unchanged() {
        f.symmetricKey();
        byte[] state = f.kms.exportState(root);
        KmsEngine other = new KmsEngine(Fixture.ACCOUNT, Fixture.REGION, f.clock);
        String kept = other.createKey(f.root, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        assertThatThrownBy(() -> other.importState(state, StateWrappingKey.generate()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(other.describeKey(f.root, DescribeKeyRequest.of(kept)).keyMetadata().keyId()).isEqualTo(kept);
        assertThatThrownBy(() -> other.importState(new byte[] {1, 2, 3}, root))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exported_state_never_contains_raw_key_material() throws Exception {
        String ext = f.kms.createKey(f.root, CreateKeyRequest.external()).keyMetadata().keyId();
        byte[] material = new byte[32];
        new java.security.SecureRandom().nextBytes(material);
        var p = f.kms.getParametersForImport(f.root, org.kmslab.engine.api.GetParametersForImportRequest.of(ext,
                org.kmslab.engine.api.AlgorithmSpec.RSAES_OAEP_SHA_256, org.kmslab.engine.api.WrappingKeySpec.RSA_2048));
        f.kms.importKeyMaterial(f.root, org.kmslab.engine.api.ImportKeyMaterialRequest.of(ext, p.importToken(),
                ImportTest.wrap(p, org.kmslab.engine.api.AlgorithmSpec.RSAES_OAEP_SHA_256, material)));
        byte[] state = f.kms.exportState(root);
        assertThat(indexOf(state, material)).isEqualTo(-1);
        assertThat(root.toString()).contains("redacted");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
