package org.kmslab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Simulated learners against a running KMS Lab, through {@link VaadinClient} (the Vaadin client protocol over plain
 * HTTP, no browser). Two measurements, each bounded in count and time and sent only to the given loopback URL:
 *
 * <ul>
 *   <li>{@code heap URL PID N}: opens one lesson tab to warm up, reads the live heap of process PID after a full GC
 *       ({@code jcmd GC.class_histogram}), opens N more lesson tabs (each its own HTTP session) and reads it again.
 *       Prints the retained bytes per learner session.
 *   <li>{@code load URL LEARNERS SECONDS THINK_MS}: opens LEARNERS lesson tabs, then each learner steps through the
 *       lesson (Create KMS key, then Next, Encrypt, Next, Decrypt, Back, Back, ...) pausing THINK_MS (+/- 50%) between
 *       clicks, for SECONDS. Prints the click round-trip percentiles and, given the server's PID, the server CPU
 *       time per click (from {@code /proc}), which does not depend on how busy the rest of the machine is, and
 *       the mean size of the UIDL response per kind of click (the state-tree diff the server wrote for it).
 * </ul>
 * Output ends with one {@code JSON {...}} line that {@code bench/run-all.sh} collects.
 */
public final class LearnerLoad {

    static final String LESSON = "lessons/plaintext-vs-ciphertext";
    private static final List<String> STEPS = List.of("Next", "Encrypt", "Next", "Decrypt", "Back", "Back");

    private LearnerLoad() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        String json = switch (args.length > 0 ? args[0] : "") {
            case "heap" -> heap(args[1], args[2], Integer.parseInt(args[3]), out);
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args.length > 5 ? args[5] : null, out);
            default -> throw new IllegalArgumentException(
                    "usage: heap URL PID N | load URL LEARNERS SECONDS THINK_MS [PID]");
        };
        out.println("JSON " + json);
    }

    static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    static String heap(String url, String pid, int sessions, PrintStream out) throws Exception {
        HttpClient http = http();
        List<VaadinClient> open = new ArrayList<>();
        VaadinClient warm = new VaadinClient(http, url);
        warm.open(LESSON);
        open.add(warm);
        long before = liveHeap(pid);
        for (int i = 0; i < sessions; i++) {
            VaadinClient c = new VaadinClient(http, url);
            c.open(LESSON);
            open.add(c);
        }
        long after = liveHeap(pid);
        long perSession = (after - before) / sessions;
        out.printf(Locale.ROOT, "live heap %d -> %d bytes after %d lesson sessions (%d nodes in one view): "
                + "%d bytes per session%n", before, after, sessions, warm.nodeCount(), perSession);
        out.println("nodes of one view by tag: " + warm.nodesByTag());
        return String.format(Locale.ROOT, "{\"sessions\":%d,\"heapBefore\":%d,\"heapAfter\":%d,"
                + "\"bytesPerSession\":%d}", sessions, before, after, perSession);
    }

    /** Live bytes after a full GC, from the histogram's Total line (the histogram forces the GC). */
    static long liveHeap(String pid) throws IOException, InterruptedException {
        String jcmd = System.getProperty("java.home") + "/bin/jcmd";
        Process p = new ProcessBuilder(jcmd, pid, "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String line : text.split("\n")) {
            if (line.startsWith("Total")) {
                String[] parts = line.trim().split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IOException("no Total line from jcmd: " + text);
    }

    static String load(String url, int learners, int seconds, int thinkMs, String pid, PrintStream out)
            throws Exception {
        HttpClient http = http();
        ConcurrentLinkedQueue<Long> clicks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> opens = new ConcurrentLinkedQueue<>();
        Map<String, LongAdder[]> responseChars = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        long rampNanos = Math.min(seconds / 3, 30) * 1_000_000_000L;
        long start = System.nanoTime();
        long measureFrom = start + rampNanos;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            long openAt = start + rampNanos * i / Math.max(1, learners);
            threads.add(Thread.ofVirtual().start(() -> learner(http, url, openAt, measureFrom, end, thinkMs, clicks,
                    opens, responseChars, errors)));
        }
        sleepUntil(measureFrom);
        long cpuBefore = cpuTicks(pid);
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(seconds + 120));
        }
        long cpuAfter = cpuTicks(pid);
        long[] c = clicks.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] o = opens.stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = c.length / (double) seconds;
        double cpuMsPerClick = pid == null || c.length == 0 ? Double.NaN : (cpuAfter - cpuBefore) * 10.0 / c.length;
        out.printf(Locale.ROOT, "%d learners, think %d ms, %d s: %d clicks (%.1f/s), p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms; open p50 %.1f ms p95 %.1f ms; server CPU %.2f ms per click; %d errors%n",
                learners, thinkMs, seconds, c.length, rate, ms(c, 50), ms(c, 95), ms(c, 99), ms(c, 100), ms(o, 50),
                ms(o, 95), cpuMsPerClick, errors.get());
        StringBuilder sizes = new StringBuilder();
        new TreeMap<>(responseChars).forEach((button, sum) -> {
            long n = sum[1].sum();
            out.printf(Locale.ROOT, "  %s: %d clicks, UIDL response %.0f chars on average%n", button, n,
                    sum[0].sum() / (double) n);
            sizes.append(sizes.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "\"%s\":%.0f", button,
                    sum[0].sum() / (double) n));
        });
        return String.format(Locale.ROOT, "{\"learners\":%d,\"thinkMs\":%d,\"seconds\":%d,\"clicks\":%d,"
                + "\"clicksPerSecond\":%.1f,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,"
                + "\"open_p50_ms\":%.2f,\"open_p95_ms\":%.2f,\"serverCpuMsPerClick\":%.3f,\"errors\":%d,"
                + "\"responseChars\":{%s}}", learners, thinkMs, seconds, c.length, rate, ms(c, 50), ms(c, 95),
                ms(c, 99), ms(c, 100), ms(o, 50), ms(o, 95), cpuMsPerClick, errors.get(), sizes);
    }

    private static void learner(HttpClient http, String url, long openAt, long measureFrom, long end, int thinkMs,
            ConcurrentLinkedQueue<Long> clicks, ConcurrentLinkedQueue<Long> opens,
            Map<String, LongAdder[]> responseChars, AtomicInteger errors) {
        try {
            sleepUntil(openAt);
            VaadinClient tab = new VaadinClient(http, url);
            opens.add(tab.open(LESSON));
            record(tab, "Create KMS key", measureFrom, clicks, responseChars);
            int step = 0;
            while (System.nanoTime() < end) {
                long think = thinkMs / 2 + ThreadLocalRandom.current().nextLong(thinkMs + 1);
                Thread.sleep(Math.min(think, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
                if (System.nanoTime() >= end) {
                    break;
                }
                String button = STEPS.get(step++ % STEPS.size());
                if (!tab.hasButton(button)) {
                    button = "Encrypt";
                }
                record(tab, button, measureFrom, clicks, responseChars);
            }
        } catch (IOException | RuntimeException e) {
            if (errors.incrementAndGet() <= 3) {
                System.err.println("learner failed: " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** User plus system CPU of a process in 10 ms ticks ({@code /proc/PID/stat} fields 14 and 15), 0 without PID. */
    static long cpuTicks(String pid) throws IOException {
        if (pid == null) {
            return 0;
        }
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** Clicks the button; counts the round trip and the response size once the measured window has begun. */
    private static void record(VaadinClient tab, String button, long measureFrom, ConcurrentLinkedQueue<Long> clicks,
            Map<String, LongAdder[]> responseChars) throws IOException, InterruptedException {
        long nanos = tab.click(button);
        if (System.nanoTime() >= measureFrom) {
            clicks.add(nanos);
            LongAdder[] sum = responseChars.computeIfAbsent(button, b -> new LongAdder[] {new LongAdder(),
                    new LongAdder()});
            sum[0].add(tab.lastResponseChars());
            sum[1].increment();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
