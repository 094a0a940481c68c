package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CloudHsmClusterNotRelatedException}: the new cluster does not share backup lineage with the key store's cluster. */
public final class CloudHsmClusterNotRelatedException extends KmsException {

    public CloudHsmClusterNotRelatedException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CloudHsmClusterNotRelatedException";
    }
}
