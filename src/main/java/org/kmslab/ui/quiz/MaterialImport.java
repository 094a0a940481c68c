package org.kmslab.ui.quiz;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.kmslab.engine.Caller;
import org.kmslab.sandbox.GatewayResponse;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings key material into a KMS key the way a learner would with the AWS CLI and OpenSSL: GetParametersForImport,
 * wrap the material with the returned public key (RSAES_OAEP_SHA_256 on an RSA_2048 wrapping key), ImportKeyMaterial.
 */
final class MaterialImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MaterialImport() {}

    /** Imports the material; {@code validForDays} null means the material does not expire. */
    static GatewayResponse importMaterial(KmsGateway gateway, Sandbox sandbox, Caller caller, String keyId,
                                          byte[] material, Integer validForDays) {
        GatewayResponse params = gateway.invoke(sandbox.engine(), caller, "GetParametersForImport", JSON
                .createObjectNode().put("KeyId", keyId).put("WrappingAlgorithm", "RSAES_OAEP_SHA_256")
                .put("WrappingKeySpec", "RSA_2048").toString());
        if (!params.ok()) {
            return params;
        }
        JsonNode p = JSON.readTree(params.body());
        ObjectNode body = JSON.createObjectNode().put("KeyId", keyId)
                .put("ImportToken", p.get("ImportToken").asString())
                .put("EncryptedKeyMaterial", Base64.getEncoder().encodeToString(wrap(p.get("PublicKey").asString(), material)));
        if (validForDays == null) {
            body.put("ExpirationModel", "KEY_MATERIAL_DOES_NOT_EXPIRE");
        } else {
            body.put("ExpirationModel", "KEY_MATERIAL_EXPIRES")
                    .put("ValidTo", sandbox.clock().instant().plus(Duration.ofDays(validForDays)).getEpochSecond());
        }
        return gateway.invoke(sandbox.engine(), caller, "ImportKeyMaterial", body.toString());
    }

    static byte[] wrap(String publicKeyBase64, byte[] material) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.ENCRYPT_MODE, key, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    PSource.PSpecified.DEFAULT));
            return rsa.doFinal(material);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap key material", e);
        }
    }
}
