package org.kmslab.sandbox.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of one console session, in memory: what {@code fileb://name} and {@code file://name} read, what the
 * {@code lab} helpers and {@code aws s3 cp} read and write. The total size is bounded ({@link #DEFAULT_LIMIT} unless
 * told otherwise); a write that would pass the limit is refused and changes nothing. Names are flat (no folders);
 * a leading {@code ./} is ignored, as a shell would. Thread-safe.
 */
public final class Workspace {

    /** 64 MiB. */
    public static final long DEFAULT_LIMIT = 64L * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final long limit;
    private final Map<String, byte[]> files = new TreeMap<>();
    private long used;

    public Workspace(long limit) {
        this.limit = limit;
    }

    /** A workspace of {@link #DEFAULT_LIMIT} holding the sample files the lessons use ({@link SampleFiles}). */
    public static Workspace withSampleFiles() {
        Workspace w = new Workspace(DEFAULT_LIMIT);
        // The samples are shared, never copied: the workspace never changes a stored array, only replaces it.
        SampleFiles.shared().forEach(w::store);
        return w;
    }

    /** A copy of a file's bytes. */
    public synchronized byte[] read(String name) {
        byte[] content = files.get(normalize(name));
        if (content == null) {
            throw new WorkspaceException("The file " + name + " does not exist. Type 'lab ls' to list the files.");
        }
        return content.clone();
    }

    /** Creates or replaces a file. */
    public synchronized void write(String name, byte[] content) {
        store(name, content.clone());
    }

    private synchronized void store(String name, byte[] content) {
        String key = normalize(name);
        byte[] old = files.get(key);
        long after = used - (old == null ? 0 : old.length) + content.length;
        if (after > limit) {
            throw new WorkspaceException("Not enough space: the workspace holds at most " + mib(limit)
                    + " and " + key + " would bring it to " + mib(after) + ". Delete files with 'lab rm'.");
        }
        files.put(key, content);
        used = after;
    }

    public synchronized boolean exists(String name) {
        return files.containsKey(normalize(name));
    }

    public synchronized void delete(String name) {
        byte[] old = files.remove(normalize(name));
        if (old == null) {
            throw new WorkspaceException("The file " + name + " does not exist.");
        }
        used -= old.length;
    }

    /** The files by name, with their sizes. */
    public synchronized List<FileEntry> list() {
        List<FileEntry> entries = new ArrayList<>();
        files.forEach((name, content) -> entries.add(new FileEntry(name, content.length)));
        return entries;
    }

    public synchronized long used() {
        return used;
    }

    public long limit() {
        return limit;
    }

    /** {@code ./report.csv} is {@code report.csv}; anything with a folder or odd characters is refused. */
    static String normalize(String name) {
        String n = name.startsWith("./") ? name.substring(2) : name;
        if (!NAME.matcher(n).matches()) {
            throw new WorkspaceException("'" + name + "' is not a file name this workspace accepts: use letters, "
                    + "digits, '.', '_' and '-', with no folders.");
        }
        return n;
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** One file of the workspace. */
    public record FileEntry(String name, long size) {
    }
}
