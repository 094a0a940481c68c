package org.kmslab.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's only source of time. It can be fast-forwarded with {@link #advance(Duration)}: a fixed clock jumps,
 * a system clock keeps a growing offset. Rotation, deletion windows and import expiry are all read from here, so a
 * lesson can "fast-forward a year" and see them happen. Thread-safe.
 */
public final class EngineClock implements InstantSource {

    private final InstantSource base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private EngineClock(InstantSource base) {
        this.base = base;
    }

    /** Wall-clock time plus any fast-forward offset. */
    public static EngineClock system() {
        return new EngineClock(Clock.systemUTC());
    }

    /** Time that stands still at {@code start} until advanced (for tests and lessons). */
    public static EngineClock fixed(Instant start) {
        return new EngineClock(InstantSource.fixed(start));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** Moves time forward; time never goes back. */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the engine clock only moves forward");
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }
}
