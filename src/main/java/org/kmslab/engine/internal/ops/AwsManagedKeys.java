package org.kmslab.engine.internal.ops;

import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.api.KeyManager;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.internal.store.AliasRecord;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * AWS managed keys ({@code alias/aws/<service>}), created the first time a simulated service uses one, with AWS's
 * policy that allows use only through that service, and AWS owned keys, which only simulated services see.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key
 */
public final class AwsManagedKeys {

    private static final String PREFIX = "alias/aws/";
    private final EngineCore core;
    private final Keys keys;

    public AwsManagedKeys(EngineCore core, Keys keys) {
        this.core = core;
        this.keys = keys;
    }

    /**
     * Creates {@code alias/aws/<service>} when {@code caller} acts through that service
     * ({@code kms:ViaService} = {@code <service>.<region>.amazonaws.com}), or when anyone describes it: AWS documents
     * that DescribeKey on a predefined AWS alias with no key creates the AWS managed key
     * (https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html). Returns null otherwise.
     */
    ManagedKey createOnFirstUse(Caller caller, String aliasName, boolean describing) {
        if (!aliasName.startsWith(PREFIX)) {
            return null;
        }
        String service = aliasName.substring(PREFIX.length());
        boolean viaThatService = caller.viaService() != null && caller.viaService().equals(viaService(service));
        if (service.isEmpty() || !(viaThatService || describing)) {
            return null;
        }
        ManagedKey key = keys.create(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS,
                KeyManager.AWS, false, "Default key that protects my " + service.toUpperCase()
                        + " data when no other key is defined", policy(service));
        key.rotation().enable(365, core.now().plus(java.time.Duration.ofDays(365)));
        core.store().aliases().put(aliasName, new AliasRecord(aliasName, key.keyId(), core.now(), core.now()));
        return key;
    }

    /** AWS owned keys are visible only to simulated services and KMS itself. */
    boolean mayUseOwned(Caller caller) {
        return caller.source() == CallSource.SERVICE || caller.source() == CallSource.KMS_INTERNAL;
    }

    /** The AWS owned key a simulated service uses, created on first request; invisible to ListKeys. */
    public ManagedKey owned(String service) {
        String description = "AWS owned key for " + service;
        return core.store().keys().values().stream()
                .filter(k -> k.awsOwned() && k.description().equals(description)).findFirst()
                .orElseGet(() -> keys.create(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT, Origin.AWS_KMS,
                        KeyManager.AWS, true, description, Keys.defaultPolicy(core.accountId())));
    }

    /**
     * The endpoint through which a service uses its AWS managed key. EBS volumes are used by EC2, so the policy of
     * {@code aws/ebs} names {@code ec2.<region>.amazonaws.com}
     * (https://docs.aws.amazon.com/kms/latest/developerguide/services-ebs.html).
     */
    private String viaService(String service) {
        String endpoint = service.equals("ebs") ? "ec2" : service;
        return endpoint + "." + core.region() + ".amazonaws.com";
    }

    /** AWS's policy for AWS managed keys: use only through the service, metadata readable by the account. */
    private String policy(String service) {
        String account = core.accountId();
        return """
                {
                  "Version" : "2012-10-17",
                  "Id" : "auto-%1$s-2",
                  "Statement" : [ {
                    "Sid" : "Allow access through %1$s for all principals in the account that are authorized to use %1$s",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "*"
                    },
                    "Action" : [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey" ],
                    "Resource" : "*",
                    "Condition" : {
                      "StringEquals" : {
                        "kms:CallerAccount" : "%2$s",
                        "kms:ViaService" : "%3$s"
                      }
                    }
                  }, {
                    "Sid" : "Allow direct access to key metadata to the account",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "arn:aws:iam::%2$s:root"
                    },
                    "Action" : [ "kms:Describe*", "kms:Get*", "kms:List*" ],
                    "Resource" : "*"
                  } ]
                }""".formatted(service, account, viaService(service));
    }
}
