package org.kmslab.engine.internal.store;

import java.time.Instant;

import org.kmslab.engine.api.ExpirationModel;
import org.kmslab.engine.api.RotationType;
import org.kmslab.engine.internal.crypto.KeyMaterial;
import org.kmslab.engine.internal.crypto.MaterialFingerprint;

/**
 * One version of a key's material. Immutable; state changes replace the version in its key.
 *
 * @param materialId      64 hex characters, recorded in every blob made with this version
 * @param material        the secret, or null while imported material is deleted or expired
 * @param fingerprint     for imported material, proves a re-import is the same material; else null
 * @param createdAt       when the version appeared (the rotation date for rotations)
 * @param rotationType    how it was created by a rotation, or null for the first version
 * @param expirationModel for imported material, else null
 * @param validTo         when imported material expires, or null
 */
public record MaterialVersion(String materialId, KeyMaterial material, MaterialFingerprint fingerprint,
        Instant createdAt, RotationType rotationType, ExpirationModel expirationModel, Instant validTo) {

    /** The same version without its secret (deleted or expired imported material). */
    public MaterialVersion withoutMaterial() {
        return new MaterialVersion(materialId, null, fingerprint, createdAt, rotationType, null, null);
    }

    /** The same version with (re)imported material. */
    public MaterialVersion withMaterial(KeyMaterial m, ExpirationModel model, Instant until) {
        return new MaterialVersion(materialId, m, fingerprint, createdAt, rotationType, model, until);
    }

    @Override
    public String toString() {
        return "MaterialVersion[" + materialId + ", " + (material == null ? "no material" : "material present") + "]";
    }
}
