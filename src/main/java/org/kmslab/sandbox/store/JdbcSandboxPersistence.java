package org.kmslab.sandbox.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.StateWrappingKey;
import org.kmslab.sandbox.Credentials;
import org.kmslab.sandbox.Principal;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxPersistence;
import org.kmslab.sandbox.SaveFence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps sandboxes in the application's database. Every save is one transaction committed before it returns, so the
 * engine call that caused it returns only once its effect is durable. The root key is resolved and checked against
 * the database when the application starts, before anything is read or written; a wrong or missing key stops the
 * start with a message that says which.
 */
@Component
@DependsOnDatabaseInitialization
class JdbcSandboxPersistence implements SandboxPersistence {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSandboxPersistence.class);
    private static final byte[] CHECK_TEXT = "KMS Lab root key check".getBytes(StandardCharsets.US_ASCII);
    private static final String CHECK_AAD = "store_meta/1";

    private final SandboxRepository repo;
    private final TransactionTemplate tx;
    private final StateWrappingKey stateKey;
    private final SecretBox credentialBox;
    private final ObjectProvider<SaveFence> fence;
    private final boolean shared;

    /** One instance's store: no fence, nothing shared (tests build it so). */
    JdbcSandboxPersistence(JdbcClient jdbc, PlatformTransactionManager transactions, String environmentKey,
            String keyFile) {
        this(jdbc, transactions, environmentKey, keyFile, false, null);
    }

    @Autowired
    JdbcSandboxPersistence(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${" + RootKey.ENV + ":}") String environmentKey,
            @Value("${kmslab.root-key-file:${kmslab.data-dir:./data}/root.key}") String keyFile,
            @Value("${kmslab.cluster.enabled:false}") boolean shared, ObjectProvider<SaveFence> fence) {
        this.repo = new SandboxRepository(jdbc);
        this.tx = new TransactionTemplate(transactions);
        this.shared = shared;
        this.fence = fence;
        Optional<byte[]> check = repo.keyCheck();
        RootKey root = resolve(environmentKey, Path.of(keyFile), check.isPresent() || repo.hasSandboxes());
        SecretBox checkBox = new SecretBox(root.derive("kmslab/key-check/v1"));
        if (check.isPresent()) {
            try {
                checkBox.open(check.get(), CHECK_AAD);
            } catch (SecretBox.WrongKeyException e) {
                throw new IllegalStateException("The root key from " + root.source() + " is not the root key this "
                        + "database was written under, so it cannot open the saved key material. Start KMS Lab with "
                        + "the right " + RootKey.ENV + " or root key file (docs/operations.md, \"Root key\"). "
                        + "Nothing was changed.");
            }
        } else {
            repo.insertKeyCheck(checkBox.seal(CHECK_TEXT, CHECK_AAD), Instant.now());
        }
        this.stateKey = root.stateWrappingKey();
        this.credentialBox = new SecretBox(root.derive("kmslab/credentials/v1"));
        LOG.info("Sandbox store ready; root key from {}", root.source());
    }

    static RootKey resolve(String environmentKey, Path file, boolean databaseInUse) {
        if (environmentKey != null && !environmentKey.isBlank()) {
            return RootKey.fromEnvironment(environmentKey);
        }
        if (Files.exists(file)) {
            if (RootKey.readableByOthers(file)) {
                LOG.warn("The root key file {} can be read by other users; make it owner-only (chmod 600).", file);
            }
            return RootKey.readFile(file);
        }
        if (databaseInUse) {
            throw new IllegalStateException("This database holds saved sandboxes, but there is no root key: "
                    + RootKey.ENV + " is not set and " + file + " does not exist. Restore the root key that belongs "
                    + "to this database (docs/operations.md, \"Root key\"); a new one could not open the saved key "
                    + "material. Nothing was changed.");
        }
        return RootKey.createFile(file);
    }

    @Override
    public List<SavedSandbox> loadAll() {
        return assemble(repo.sandboxes(), repo.principals(), repo.states());
    }

    @Override
    public Optional<SavedSandbox> load(String accountId) {
        return tx.execute(status -> repo.sandbox(accountId).map(row -> assemble(List.of(row),
                repo.principals(accountId), repo.states(accountId)).getFirst()));
    }

    @Override
    public Optional<String> accountOf(String accessKeyId) {
        return repo.accountOf(accessKeyId);
    }

    @Override
    public boolean shared() {
        return shared;
    }

    private List<SavedSandbox> assemble(List<SandboxRepository.SandboxRow> rows,
            List<SandboxRepository.PrincipalRow> principalRows, List<SandboxRepository.StateRow> stateRows) {
        Map<String, List<Principal>> principals = new LinkedHashMap<>();
        for (SandboxRepository.PrincipalRow row : principalRows) {
            String secret;
            try {
                secret = new String(credentialBox.open(row.wrappedSecret(), aad(row.accountId(), row.accessKeyId())),
                        StandardCharsets.UTF_8);
            } catch (SecretBox.WrongKeyException e) {
                throw new IllegalStateException("The credentials of " + row.arn() + " do not open under the root "
                        + "key; the database is damaged or belongs to another root key. Nothing was changed.");
            }
            principals.computeIfAbsent(row.accountId(), a -> new ArrayList<>())
                    .add(new Principal(row.name(), row.arn(), new Credentials(row.accessKeyId(), secret)));
        }
        Map<String, Map<String, byte[]>> states = new LinkedHashMap<>();
        for (SandboxRepository.StateRow row : stateRows) {
            states.computeIfAbsent(row.accountId(), a -> new LinkedHashMap<>()).put(row.region(), row.state());
        }
        List<SavedSandbox> saved = new ArrayList<>();
        for (SandboxRepository.SandboxRow row : rows) {
            saved.add(new SavedSandbox(row.accountId(), row.defaultRegion(),
                    Duration.ofMillis(row.clockOffsetMillis()),
                    principals.getOrDefault(row.accountId(), List.of()),
                    states.getOrDefault(row.accountId(), Map.of())));
        }
        return saved;
    }

    @Override
    public void restore(KmsEngine engine, byte[] state) {
        try {
            engine.importState(state, stateKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The saved state of account " + engine.accountId() + " in "
                    + engine.region() + " does not open under the root key, or is damaged. Nothing was changed.");
        }
    }

    @Override
    public void saveSandbox(Sandbox sandbox) {
        Instant now = Instant.now();
        tx.executeWithoutResult(status -> {
            repo.insertSandbox(new SandboxRepository.SandboxRow(sandbox.accountId(), sandbox.defaultRegion(),
                    sandbox.clockOffset().toMillis()), now);
            int ordinal = 0;
            for (Principal p : sandbox.principals()) {
                Credentials c = p.credentials();
                byte[] sealed = credentialBox.seal(c.secretAccessKey().getBytes(StandardCharsets.UTF_8),
                        aad(sandbox.accountId(), c.accessKeyId()));
                repo.insertPrincipal(new SandboxRepository.PrincipalRow(sandbox.accountId(), p.name(), ordinal++,
                        p.arn(), c.accessKeyId(), sealed));
            }
        });
    }

    @Override
    public void saveEngine(Sandbox sandbox, KmsEngine engine) {
        long start = System.nanoTime();
        byte[] state = engine.exportState(stateKey);
        long exported = System.nanoTime();
        Instant now = Instant.now();
        long offset = sandbox.clockOffset().toMillis();
        tx.executeWithoutResult(status -> {
            fence(sandbox);
            repo.putState(sandbox.accountId(), engine.region(), state, now);
            repo.updateClock(sandbox.accountId(), offset, now);
        });
        if (LOG.isDebugEnabled()) {
            LOG.debug("Saved {}/{}: {} bytes, export {} us, write {} us", sandbox.accountId(), engine.region(),
                    state.length, (exported - start) / 1000, (System.nanoTime() - exported) / 1000);
        }
    }

    @Override
    public void saveClock(Sandbox sandbox) {
        tx.executeWithoutResult(status -> {
            fence(sandbox);
            repo.updateClock(sandbox.accountId(), sandbox.clockOffset().toMillis(), Instant.now());
        });
    }

    @Override
    public void saveReset(Sandbox sandbox) {
        Instant now = Instant.now();
        tx.executeWithoutResult(status -> {
            fence(sandbox);
            repo.deleteStates(sandbox.accountId());
            repo.updateClock(sandbox.accountId(), sandbox.clockOffset().toMillis(), now);
        });
    }

    /** In cluster mode: refuses the save, inside its transaction, unless this instance still owns the sandbox. */
    private void fence(Sandbox sandbox) {
        if (fence != null) {
            fence.getIfAvailable(() -> SaveFence.NONE).check(sandbox.accountId());
        }
    }

    /** Binds a sealed secret to its sandbox and access key, so it opens in no other row. */
    private static String aad(String accountId, String accessKeyId) {
        return "sandbox_principal/" + accountId + "/" + accessKeyId;
    }
}
