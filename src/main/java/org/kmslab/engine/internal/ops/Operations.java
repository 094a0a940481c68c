package org.kmslab.engine.internal.ops;

/** One instance of each operation class, wired to the shared core; the engine delegates every call to one of these. */
public record Operations(CreateKey createKey, DescribeKey describeKey, KeyLifecycle lifecycle, Encrypt encrypt,
        Decrypt decrypt, ReEncrypt reEncrypt, DataKeys dataKeys, PublicKeys publicKeys, Signing signing, Macs macs,
        RotationOps rotation, ImportOps imports, AliasOps aliases, TagOps tags, PolicyOps policies, GrantOps grants,
        AwsManagedKeys awsManaged, KeyResolver resolver, DueTasks dueTasks, KeyAgreement keyAgreement,
        LastUsageOps lastUsage, MultiRegionOps multiRegion, CustomKeyStoreOps customKeyStores,
        UpdateCustomKeyStore updateCustomKeyStore) {

    /** Wired to the core and to the other Regions of the account, which multi-Region keys reach. */
    public static Operations wire(EngineCore core, Peers peers) {
        Keys keys = new Keys(core);
        AwsManagedKeys awsManaged = new AwsManagedKeys(core, keys);
        KeyResolver resolver = new KeyResolver(core, awsManaged);
        MultiRegionOps multiRegion = new MultiRegionOps(core, resolver, peers);
        return new Operations(new CreateKey(core, keys), new DescribeKey(resolver), new KeyLifecycle(core, resolver),
                new Encrypt(resolver), new Decrypt(resolver), new ReEncrypt(resolver), new DataKeys(resolver),
                new PublicKeys(resolver), new Signing(resolver), new Macs(resolver),
                new RotationOps(core, resolver, multiRegion),
                new ImportOps(core, resolver), new AliasOps(core, resolver), new TagOps(resolver),
                new PolicyOps(core, resolver), new GrantOps(core, resolver), awsManaged, resolver,
                new DueTasks(core, multiRegion), new KeyAgreement(resolver),
                new LastUsageOps(core, resolver), multiRegion, new CustomKeyStoreOps(core),
                new UpdateCustomKeyStore(core));
    }
}
