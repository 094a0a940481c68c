package org.kmslab.engine;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.CreateKeyResult;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DecryptResult;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DescribeKeyResult;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.EncryptResult;
import org.kmslab.engine.api.Operation;
import org.kmslab.engine.exception.KMSInternalException;
import org.kmslab.engine.exception.ValidationException;
import org.kmslab.engine.internal.ops.Call;
import org.kmslab.engine.internal.ops.EngineCore;
import org.kmslab.engine.internal.ops.Operations;
import org.kmslab.engine.internal.policy.AccessControl;

/**
 * An in-process AWS KMS for one account and Region. One public method per AWS operation, each taking the caller
 * and an AWS-shaped request record and returning the AWS-shaped result, or throwing the AWS exception.
 *
 * <p>Every call, success or failure, produces exactly one {@link EngineEvent}, delivered synchronously to the
 * listeners after the operation and in the order calls were made. Time-driven effects (rotation, deletion, material
 * expiry) run lazily at the start of each call and on {@link #runDueTasks()}, each as its own service event.
 *
 * <p>Thread-safe: calls are serialized by one lock, so no call ever sees another half done.
 */
public final class KmsEngine {

    private final String accountId;
    private final String region;
    private final EngineClock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();
    private final EngineCore core;
    private final Operations ops;
    private final EventPublisher publisher;

    public KmsEngine(String accountId, String region, EngineClock clock) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.region = Objects.requireNonNull(region, "region");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.core = new EngineCore(accountId, region, clock, new AccessControl());
        this.ops = new Operations(core);
        this.publisher = new EventPublisher(accountId, region, listeners);
    }

    public String accountId() {
        return accountId;
    }

    public String region() {
        return region;
    }

    public EngineClock clock() {
        return clock;
    }

    public void addListener(Consumer<EngineEvent> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<EngineEvent> listener) {
        listeners.remove(listener);
    }

    /** Runs what the clock says is due (rotations, deletions, expiries), publishing one service event each. */
    public void runDueTasks() {
        lock.lock();
        try {
            ops.dueTasks().run();
            publisher.publishServiceEvents(core.drainServiceEvents());
        } finally {
            lock.unlock();
        }
    }

    public CreateKeyResult createKey(Caller caller, CreateKeyRequest request) {
        return call(Operation.CREATE_KEY, caller, request, ops.createKey()::run);
    }

    public DescribeKeyResult describeKey(Caller caller, DescribeKeyRequest request) {
        return call(Operation.DESCRIBE_KEY, caller, request, ops.describeKey()::run);
    }

    public EncryptResult encrypt(Caller caller, EncryptRequest request) {
        return call(Operation.ENCRYPT, caller, request, ops.encrypt()::run);
    }

    public DecryptResult decrypt(Caller caller, DecryptRequest request) {
        return call(Operation.DECRYPT, caller, request, ops.decrypt()::run);
    }

    /** The four phases run inside {@code body}; here: due tasks, timing, error mapping and the one event. */
    private <Q extends Record, R extends Record> R call(Operation op, Caller caller, Q request,
            BiFunction<Call, Q, R> body) {
        Objects.requireNonNull(caller, "caller");
        lock.lock();
        try {
            ops.dueTasks().run();
            publisher.publishServiceEvents(core.drainServiceEvents());
            long start = System.nanoTime();
            Call call = new Call(caller, op, UUID.randomUUID().toString());
            java.time.Instant at = clock.instant();
            try {
                if (request == null) {
                    throw new ValidationException("1 validation error detected: the request must not be null");
                }
                R result = body.apply(call, request);
                publisher.publishCall(call, at, request, op.cryptographic() ? null : result, null,
                        System.nanoTime() - start);
                return result;
            } catch (KmsException e) {
                publisher.publishCall(call, at, request, null, e, System.nanoTime() - start);
                throw e;
            } catch (RuntimeException e) {
                KMSInternalException internal = new KMSInternalException("An internal error occurred.");
                publisher.publishCall(call, at, request, null, internal, System.nanoTime() - start);
                throw internal;
            }
        } finally {
            lock.unlock();
        }
    }
}
