package org.kmslab.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kmslab.engine.DurableWrites;
import org.kmslab.engine.EngineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The audit log and metrics of every sandbox. Whoever owns a {@code KmsEngine} registers {@link #recorder()} on it
 * ({@code engine.addListener(audit.recorder())}); from then on each engine event is stored as a CloudTrail record
 * (durable when the engine call returns), counted in the metrics, and announced to subscribers of its account.
 * Records of concurrent calls share one durable write ({@link GroupCommit}) to the {@link AuditStore}; every read
 * sees every record whose call has returned.
 */
@Service
public class AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    private static final int EXPORT_PAGE = 500;

    private final AuditRepository repository;
    private final AuditStore store;
    private final KmsMetrics metrics;
    private final QuotaClasses quotaClasses = new QuotaClasses();
    private final Clock clock;
    private final Map<String, List<Consumer<AuditEntry>>> subscribers = new ConcurrentHashMap<>();
    private final Consumer<EngineEvent> recorder = this::recordQuietly;
    private final GroupCommit commits = new GroupCommit(this::store);

    @Autowired
    AuditService(AuditRepository repository, AuditStore store, MeterRegistry registry) {
        this(repository, store, registry, Clock.systemUTC());
    }

    AuditService(AuditRepository repository, AuditStore store, MeterRegistry registry, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.metrics = new KmsMetrics(registry, clock);
        this.clock = clock;
    }

    /** The engine listener to register on every engine of every sandbox; always the same instance. */
    public Consumer<EngineEvent> recorder() {
        return recorder;
    }

    /**
     * Stores one engine event as CloudTrail would show it, counts it, and tells the account's subscribers; the record
     * is durable when this returns.
     */
    public AuditEntry record(EngineEvent event) {
        AuditEntry entry = entry(event);
        commits.add(entry).await();
        return entry;
    }

    /**
     * The engine listener: the record joins the next group commit, which the engine call awaits after releasing its
     * lock (or right here, when no engine call is running on this thread), so the call still returns only once its
     * record is durable.
     */
    private void recordQuietly(EngineEvent event) {
        try {
            GroupCommit.Batch batch = commits.add(entry(event));
            if (!DurableWrites.defer(batch)) {
                batch.await();
            }
        } catch (RuntimeException e) {
            // The engine ignores listener failures; a lost audit record must at least be visible in the log.
            LOG.error("Could not record audit event {} ({})", event.eventId(), event.eventName(), e);
        }
    }

    private AuditEntry entry(EngineEvent event) {
        String quotaClass = quotaClasses.classify(event);
        CloudTrailEvent trail = CloudTrailMapper.map(event);
        AuditEntry entry = new AuditEntry(0, event.eventId(), event.accountId(), event.region(), event.eventTime(),
                event.eventName(), event.eventType().wire(), event.readOnly(), event.keyArn(),
                event.caller().principalArn(), Identities.username(event.caller()), event.errorCode(), quotaClass,
                event.durationNanos(), CloudTrailJson.compact(trail));
        metrics.record(event, quotaClass);
        return entry;
    }

    /** Writes one group commit to the store (which logs each loss), then tells each record's subscribers, in order. */
    private void store(List<AuditEntry> batch) {
        for (AuditEntry entry : store.write(batch)) {
            for (Consumer<AuditEntry> s : subscribers.getOrDefault(entry.accountId(), List.of())) {
                try {
                    s.accept(entry);
                } catch (RuntimeException e) {
                    LOG.warn("An audit subscriber failed", e);
                }
            }
        }
    }

    /** Calls {@code listener} after each event of {@code accountId} is stored, until the subscription is closed. */
    public Subscription subscribe(String accountId, Consumer<AuditEntry> listener) {
        List<Consumer<AuditEntry>> list = subscribers.computeIfAbsent(accountId, a -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /** Stored events matching the query, newest first. */
    public List<AuditEntry> find(AuditQuery query) {
        store.awaitReadable();
        return repository.find(query);
    }

    /** Writes every event matching the query (ignoring its limit) as JSON lines, newest first. */
    public void exportJsonLines(AuditQuery query, OutputStream out) {
        store.awaitReadable();
        try {
            AuditQuery page = query.withLimit(EXPORT_PAGE);
            while (true) {
                List<AuditEntry> entries = repository.find(page);
                for (AuditEntry e : entries) {
                    out.write(e.json().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
                if (entries.size() < EXPORT_PAGE) {
                    break;
                }
                page = page.withBeforeSeq(entries.get(entries.size() - 1).seq());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> eventNames(String accountId) {
        store.awaitReadable();
        return repository.distinct(accountId, AuditRepository.Column.EVENT_NAME);
    }

    public List<String> keyArns(String accountId) {
        store.awaitReadable();
        return repository.distinct(accountId, AuditRepository.Column.KEY_ARN);
    }

    public List<String> principalArns(String accountId) {
        store.awaitReadable();
        return repository.distinct(accountId, AuditRepository.Column.PRINCIPAL_ARN);
    }

    public List<String> errorCodes(String accountId) {
        store.awaitReadable();
        return repository.distinct(accountId, AuditRepository.Column.ERROR_CODE);
    }

    /**
     * Per-minute calls by quota class, errors and latency percentiles over the {@code minutes} that end at
     * {@code now}: a sandbox's own clock, which the time machine may have moved ahead of real time, so the window
     * and the event times (both on that clock) agree.
     */
    public MetricsSnapshot metrics(String accountId, String region, int minutes, Instant now) {
        Instant start = MetricsCalculator.windowStart(now, minutes);
        store.awaitReadable();
        return MetricsCalculator.snapshot(repository.callsSince(accountId, region, start), start, minutes,
                metrics.secondsUntilExpiration(accountId, region));
    }

    /** Per-minute calls by quota class, errors and latency percentiles over the last {@code minutes} minutes. */
    public MetricsSnapshot metrics(String accountId, String region, int minutes) {
        Instant now = clock.instant();
        List<AuditEntry> newest = find(AuditQuery.all(accountId, region, 1));
        if (!newest.isEmpty() && newest.get(0).eventTime().isAfter(now)) {
            now = newest.get(0).eventTime();
        }
        Instant start = MetricsCalculator.windowStart(now, minutes);
        return MetricsCalculator.snapshot(repository.callsSince(accountId, region, start), start, minutes,
                metrics.secondsUntilExpiration(accountId, region));
    }

    /** A live subscription to new audit events; closing it twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
