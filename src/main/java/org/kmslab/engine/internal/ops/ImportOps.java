package org.kmslab.engine.internal.ops;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.api.DeleteImportedKeyMaterialRequest;
import org.kmslab.engine.api.DeleteImportedKeyMaterialResult;
import org.kmslab.engine.api.ExpirationModel;
import org.kmslab.engine.api.GetParametersForImportRequest;
import org.kmslab.engine.api.GetParametersForImportResult;
import org.kmslab.engine.api.ImportKeyMaterialRequest;
import org.kmslab.engine.api.ImportKeyMaterialResult;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.api.WrappingKeySpec;
import org.kmslab.engine.exception.ExpiredImportTokenException;
import org.kmslab.engine.exception.IncorrectKeyMaterialException;
import org.kmslab.engine.exception.InvalidImportTokenException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.internal.crypto.ImportWrappingKey;
import org.kmslab.engine.internal.store.ImportParameters;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;

/**
 * GetParametersForImport, ImportKeyMaterial and DeleteImportedKeyMaterial for EXTERNAL keys. A key keeps one
 * material id across delete/expire and re-import; only the same material may come back.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
 */
public final class ImportOps {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    private static final Duration MAX_VALID_TO = Duration.ofDays(365);
    private final EngineCore core;
    private final KeyResolver resolver;

    public ImportOps(EngineCore core, KeyResolver resolver) {
        this.core = core;
        this.resolver = resolver;
    }

    /** A new call replaces the key's previous wrapping key and token. */
    public GetParametersForImportResult getParametersForImport(Call call, GetParametersForImportRequest r) {
        AlgorithmSpec alg = AlgorithmSpec.fromWire("wrappingAlgorithm",
                Validate.required("wrappingAlgorithm", r.wrappingAlgorithm()));
        WrappingKeySpec spec = WrappingKeySpec.fromWire("wrappingKeySpec",
                Validate.required("wrappingKeySpec", r.wrappingKeySpec()));
        ManagedKey key = external(call, r.keyId());
        if (alg == AlgorithmSpec.RSAES_PKCS1_V1_5 || alg == AlgorithmSpec.SM2PKE || spec == WrappingKeySpec.SM2) {
            throw new KmsUnsupportedOperationException("Wrapping algorithm " + alg.wire() + " with wrapping key spec "
                    + spec.wire() + " is not supported.");
        }
        ImportWrappingKey wrapping = ImportWrappingKey.generate(spec);
        String tokenId = ImportTokens.newTokenId();
        Instant validTo = core.now().plus(TOKEN_LIFETIME);
        key.importParameters(new ImportParameters(wrapping, alg, tokenId, validTo));
        return new GetParametersForImportResult(key.arn(), ImportTokens.issue(key.keyId(), tokenId),
                wrapping.publicKeyDer(), validTo);
    }

    public ImportKeyMaterialResult importKeyMaterial(Call call, ImportKeyMaterialRequest r) {
        Validate.blob("importToken", r.importToken(), 1, 6144);
        Validate.blob("encryptedKeyMaterial", r.encryptedKeyMaterial(), 1, 6144);
        ExpirationModel model = ExpirationModel.fromWire("expirationModel", r.expirationModel());
        model = model != null ? model : r.validTo() != null ? ExpirationModel.KEY_MATERIAL_EXPIRES
                : ExpirationModel.KEY_MATERIAL_DOES_NOT_EXPIRE;
        checkValidTo(model, r.validTo());
        ManagedKey key = external(call, r.keyId());
        ImportParameters params = checkToken(key, r.importToken());
        ImportWrappingKey.ImportedMaterial imported = params.wrappingKey().unwrap(key.keyId(), key.spec(),
                params.algorithm(), r.encryptedKeyMaterial());
        Instant until = model == ExpirationModel.KEY_MATERIAL_EXPIRES ? r.validTo() : null;
        MaterialVersion existing = key.current().orElse(null);
        if (existing == null) {
            existing = new MaterialVersion(Keys.newMaterialId(), null, imported.fingerprint(), core.now(), null,
                    null, null);
        } else if (!existing.fingerprint().matches(imported.fingerprint())) {
            throw new IncorrectKeyMaterialException("The key material in the request is different from the key "
                    + "material that was previously imported into this KMS key.");
        }
        key.putVersion(existing.withMaterial(imported.material(), model, until));
        key.currentMaterialId(existing.materialId());
        if (key.state() == KeyState.PENDING_IMPORT) {
            key.state(KeyState.ENABLED);
        }
        call.keyMaterialId(existing.materialId());
        return new ImportKeyMaterialResult(key.arn(), existing.materialId());
    }

    /** Allowed in every state; with no material present it changes nothing. */
    public DeleteImportedKeyMaterialResult deleteImportedKeyMaterial(Call call, DeleteImportedKeyMaterialRequest r) {
        ManagedKey key = external(call, r.keyId());
        MaterialVersion v = key.current().orElse(null);
        if (v != null && v.material() != null) {
            key.putVersion(v.withoutMaterial());
            if (key.state() != KeyState.PENDING_DELETION) {
                key.state(KeyState.PENDING_IMPORT);
            }
        }
        String id = v == null ? null : v.materialId();
        call.keyMaterialId(id);
        return new DeleteImportedKeyMaterialResult(key.arn(), id);
    }

    private void checkValidTo(ExpirationModel model, Instant validTo) {
        if (model == ExpirationModel.KEY_MATERIAL_EXPIRES && validTo == null) {
            throw Validate.fail("A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES");
        }
        if (model == ExpirationModel.KEY_MATERIAL_DOES_NOT_EXPIRE && validTo != null) {
            throw Validate.fail("A validTo date must not be set if the ExpirationModel is "
                    + "KEY_MATERIAL_DOES_NOT_EXPIRE");
        }
        if (validTo != null && (!validTo.isAfter(core.now()) || validTo.isAfter(core.now().plus(MAX_VALID_TO)))) {
            throw Validate.fail("ValidTo must be in the future and at most 365 days from now.");
        }
    }

    private ImportParameters checkToken(ManagedKey key, byte[] token) {
        ImportTokens.Token t = ImportTokens.parse(token);
        ImportParameters p = key.importParameters();
        if (t == null || p == null || !t.keyId().equals(key.keyId()) || !MessageDigest.isEqual(
                t.tokenId().getBytes(StandardCharsets.US_ASCII), p.tokenId().getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidImportTokenException("The import token is not valid for this KMS key. "
                    + "Use the import token from the most recent GetParametersForImport call.");
        }
        if (!p.validTo().isAfter(core.now())) {
            throw new ExpiredImportTokenException("The import token has expired. Call GetParametersForImport "
                    + "to get a new import token and public key.");
        }
        return p;
    }

    /** Key id or ARN of an EXTERNAL key, checked against the state table. */
    private ManagedKey external(Call call, String keyId) {
        ManagedKey key = resolver.authorized(call, keyId, false);
        if (key.origin() != Origin.EXTERNAL) {
            throw new KmsUnsupportedOperationException(key.arn() + " origin is " + key.origin().wire()
                    + " which is not valid for this operation.");
        }
        KeyResolver.checkState(call.operation(), key);
        return key;
    }
}
