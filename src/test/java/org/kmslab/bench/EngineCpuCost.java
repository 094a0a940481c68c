package org.kmslab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time per engine call, one thread: the same calls as {@link EngineBenchmark}, each run for a fixed count after
 * a warm-up, divided by this thread's CPU time. Unlike JMH's wall-clock throughput it barely moves when other work
 * shares the machine, so it is the figure to compare before and after a change (run it with the old classes first on
 * the class path). Usage: {@code EngineCpuCost [seconds per call]}.
 */
public final class EngineCpuCost {

    private EngineCpuCost() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        EngineBenchmark b = new EngineBenchmark();
        EngineBenchmark.Keys k = new EngineBenchmark.Keys();
        k.setUp();
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("encrypt64B", () -> b.encrypt64B(k));
        calls.put("encrypt4KiB", () -> b.encrypt4KiB(k));
        calls.put("decrypt64B", () -> b.decrypt64B(k));
        calls.put("decrypt4KiB", () -> b.decrypt4KiB(k));
        calls.put("generateDataKey", () -> b.generateDataKey(k));
        calls.put("reEncrypt4KiB", () -> b.reEncrypt4KiB(k));
        calls.put("signRsa2048", () -> b.signRsa2048(k));
        calls.put("verifyRsa2048", () -> b.verifyRsa2048(k));
        calls.put("signEccP256", () -> b.signEccP256(k));
        calls.put("verifyEccP256", () -> b.verifyEccP256(k));
        calls.put("generateMac", () -> b.generateMac(k));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object sink = null;
        for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
            long budget = (long) (seconds * 1e9);
            for (long c0 = threads.getCurrentThreadCpuTime(); threads.getCurrentThreadCpuTime() - c0 < budget; ) {
                sink = call.getValue().get();
            }
            long n = 0;
            long c0 = threads.getCurrentThreadCpuTime();
            long used;
            do {
                for (int i = 0; i < 50; i++) {
                    sink = call.getValue().get();
                }
                n += 50;
                used = threads.getCurrentThreadCpuTime() - c0;
            } while (used < budget);
            System.out.printf(Locale.ROOT, "%-16s %9.1f us CPU per call  (%,.0f calls per CPU-second)%n", call.getKey(),
                    used / 1e3 / n, n / (used / 1e9));
        }
        if (sink == null) {
            System.out.println();
        }
    }
}
