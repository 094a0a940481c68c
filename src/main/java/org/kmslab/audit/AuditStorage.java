package org.kmslab.audit;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the audit log's durable write. {@code kmslab.audit.journal.enabled=true} (the default, on the embedded
 * database): an append-only journal in {@code kmslab.audit.journal.dir}, indexed into the table in the background;
 * {@code kmslab.audit.journal.fsync=true} also forces each append to the device (survives power loss, not only a
 * killed process). {@code false} (the {@code postgres} profile): one transaction per group commit, the database
 * numbering the rows. The journal numbers records itself, so it cannot serve several instances sharing one table.
 */
@Configuration(proxyBeanMethods = false)
class AuditStorage {

    @Bean(destroyMethod = "close")
    AuditStore auditStore(AuditRepository repository,
            @Value("${kmslab.audit.journal.enabled:false}") boolean journal,
            @Value("${kmslab.audit.journal.dir:${kmslab.data-dir:./data}/audit-journal}") String dir,
            @Value("${kmslab.audit.journal.fsync:false}") boolean fsync,
            @Value("${kmslab.cluster.enabled:false}") boolean cluster) {
        if (!journal) {
            return new DirectAuditStore(repository);
        }
        if (cluster) {
            throw new IllegalStateException("kmslab.audit.journal.enabled=true cannot serve cluster mode: the journal "
                    + "numbers audit records per instance, and the instances share one audit table. Set "
                    + "kmslab.audit.journal.enabled=false (the postgres profile does).");
        }
        return JournaledAuditStore.open(Path.of(dir), fsync, repository);
    }
}
