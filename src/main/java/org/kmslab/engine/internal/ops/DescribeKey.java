package org.kmslab.engine.internal.ops;

import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DescribeKeyResult;

/** DescribeKey: allowed in every key state, for every identifier form. */
public final class DescribeKey {

    private final KeyResolver resolver;

    public DescribeKey(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public DescribeKeyResult run(Call call, DescribeKeyRequest r) {
        Validate.grantTokens(r.grantTokens());
        return new DescribeKeyResult(Metadata.of(resolver.authorized(call, r.keyId(), true)));
    }
}
