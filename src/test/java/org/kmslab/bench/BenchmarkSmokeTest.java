package org.kmslab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark once for about a second, in this JVM, so that none of them rots between measurement runs.
 * It asserts only that each ran and produced a score: timings are measured by {@code bench/run-all.sh}, never
 * asserted here.
 */
class BenchmarkSmokeTest {

    @Test
    void every_benchmark_runs_for_a_second_without_failing() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("org\\.kmslab\\.bench\\..*Benchmark\\.")
                .forks(0)
                .threads(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.seconds(1))
                .param("streamBytes", String.valueOf(16 * 1024 * 1024))
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).hasSizeGreaterThanOrEqualTo(19);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
