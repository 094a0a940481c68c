package org.kmslab.engine.internal.ops;

/** Wires one instance of each operation class to the shared core; the engine asks it for handlers by name. */
public final class Operations {

    private final CreateKey createKey;
    private final DescribeKey describeKey;
    private final Encrypt encrypt;
    private final Decrypt decrypt;
    private final DueTasks dueTasks;

    public Operations(EngineCore core) {
        Keys keys = new Keys(core);
        AwsManagedKeys awsManaged = new AwsManagedKeys(core, keys);
        KeyResolver resolver = new KeyResolver(core, awsManaged);
        this.createKey = new CreateKey(core, keys);
        this.describeKey = new DescribeKey(resolver);
        this.encrypt = new Encrypt(resolver);
        this.decrypt = new Decrypt(resolver);
        this.dueTasks = new DueTasks(core);
    }

    public CreateKey createKey() {
        return createKey;
    }

    public DescribeKey describeKey() {
        return describeKey;
    }

    public Encrypt encrypt() {
        return encrypt;
    }

    public Decrypt decrypt() {
        return decrypt;
    }

    public DueTasks dueTasks() {
        return dueTasks;
    }
}
