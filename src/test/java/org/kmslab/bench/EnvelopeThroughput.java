package org.kmslab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link EnvelopeBenchmark}'s streams timed by wall clock and by this thread's CPU time, REPEATS times each. On a
 * machine shared with other work the wall figure is what a user waited, while the CPU figure is what the code costs,
 * comparable with {@code openssl speed}, which also divides by CPU (user) time unless given {@code -elapsed}.
 * Usage: {@code EnvelopeThroughput [streamBytes] [repeats]}; prints one {@code JSON {...}} line.
 */
public final class EnvelopeThroughput {

    private EnvelopeThroughput() {
    }

    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        long bytes = args.length > 0 ? Long.parseLong(args[0]) : 1L << 30;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        EnvelopeBenchmark b = new EnvelopeBenchmark();
        b.streamBytes = bytes;
        b.setUp();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Run> runs = new LinkedHashMap<>();
        runs.put("appEncrypt", () -> bh.consume(b.appEncrypt()));
        runs.put("appDecrypt", () -> bh.consume(b.appDecrypt()));
        runs.put("encryptOneMessage", () -> b.encryptOneMessage(bh));
        runs.put("encryptSegmented", () -> b.encryptSegmented(bh));
        runs.put("decryptSegmented", () -> b.decryptSegmented(bh));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder json = new StringBuilder("{\"streamBytes\":" + bytes);
        for (Map.Entry<String, Run> e : runs.entrySet()) {
            for (int w = 0; w < 2; w++) {
                e.getValue().run();
            }
            double[] wall = new double[repeats];
            double[] cpu = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                e.getValue().run();
                wall[i] = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
                cpu[i] = bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-18s wall MB/s median %7.0f (min %7.0f, max %7.0f)   CPU MB/s median %7.0f "
                    + "(min %7.0f, max %7.0f)%n", e.getKey(), wall[repeats / 2], wall[0], wall[repeats - 1],
                    cpu[repeats / 2], cpu[0], cpu[repeats - 1]);
            json.append(String.format(Locale.ROOT, ",\"%s\":{\"wallMBps\":[%.0f,%.0f,%.0f],\"cpuMBps\":[%.0f,%.0f,%.0f]}",
                    e.getKey(), wall[0], wall[repeats / 2], wall[repeats - 1], cpu[0], cpu[repeats / 2],
                    cpu[repeats - 1]));
        }
        System.out.println("JSON " + json.append('}'));
    }
}
