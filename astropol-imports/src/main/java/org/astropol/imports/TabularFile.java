package org.astropol.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A delimited file with a header line, read one row at a time. Column names are matched case-insensitively and
 * ignoring spaces, '-' and '_' (so {@code non-voting} = {@code non_voting} = {@code NonVoting}). In GCAT style the
 * header starts with '#', further '#' lines are comments, values are trimmed and '-' means empty.
 */
public final class TabularFile implements Closeable {

    public enum Style {
        CSV(',', true, false), SEMICOLON(';', true, false), GCAT('\t', false, true), TSV('\t', false, false);
        final char delimiter; final boolean quoting, gcat;
        Style(char d, boolean q, boolean g) { delimiter = d; quoting = q; gcat = g; }
    }

    /** One data row. {@code problem} is set when the row as a whole is malformed. */
    public final class Row {
        final DelimitedReader.Record r;
        Row(DelimitedReader.Record r) { this.r = r; }
        public long line() { return r.line(); }
        public int size() { return r.fields().length; }
        /** The trimmed value of column {@code i}, or null when absent or empty (or '-' in GCAT files). */
        public String get(int i) {
            if (i < 0 || i >= r.fields().length) return null;
            String v = r.fields()[i].strip();
            if (v.isEmpty() || (style.gcat && v.equals("-"))) return null;
            return v;
        }
        /** The value as written (not trimmed), for raw comparisons. */
        public String raw(int i) { return i < 0 || i >= r.fields().length ? null : r.fields()[i]; }
    }

    private final Path file;
    private final Style style;
    private final DelimitedReader reader;
    private final List<String> header;
    private final Map<String, Integer> byName = new LinkedHashMap<>();

    private TabularFile(Path file, Style style) throws IOException {
        this.file = file;
        this.style = style;
        this.reader = new DelimitedReader(Files.newInputStream(file), style.delimiter, style.quoting, !style.quoting);
        DelimitedReader.Record h = reader.next();
        while (h != null && h.blank()) h = reader.next();
        if (h == null) { reader.close(); throw new ImportException(file + ":1: empty file, no header line"); }
        if (h.problem() != null) { reader.close(); throw new ImportException(file + ":" + h.line() + ": header: " + h.problem()); }
        List<String> names = new ArrayList<>();
        for (String s : h.fields()) names.add(s.strip());
        if (style.gcat) {
            if (!names.get(0).startsWith("#")) { reader.close(); throw new ImportException(file + ":" + h.line() + ": header: GCAT header line must start with '#'"); }
            names.set(0, names.get(0).substring(1).strip());
        }
        this.header = names;
        for (int i = 0; i < names.size(); i++) if (!names.get(i).isEmpty()) byName.putIfAbsent(normalise(names.get(i)), i);
        if (PREFETCH && Files.size(file) >= PREFETCH_BYTES) startPrefetch();
    }

    // ---- prefetch: on big files a second thread reads and splits the records ahead of the importer, in batches

    /** Files at least this big are read ahead by a second thread. */
    static final long PREFETCH_BYTES = 4L << 20;
    /**
     * Off unless -Dastropol.import.readAhead=true: measured on 2 shared cores, the records queued ahead live long
     * enough to be promoted, which multiplied the collections by five and cost more CPU than the overlap saved.
     */
    static final boolean PREFETCH = "true".equals(System.getProperty("astropol.import.readAhead"));
    private static final int BATCH = 1024;
    private static final Object[] END = new Object[0];
    private java.util.concurrent.ArrayBlockingQueue<Object[]> queue;
    private Thread prefetcher;
    private volatile boolean closed;
    private Object[] batch;
    private int batchPos;

    private void startPrefetch() {
        queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
        prefetcher = Thread.ofPlatform().daemon().name("astropol-read-" + file.getFileName()).unstarted(() -> {
            Object[] out = null;
            try {
                while (true) {
                    out = new Object[BATCH];
                    int n = 0;
                    DelimitedReader.Record r = null;
                    while (n < BATCH && (r = reader.next()) != null) out[n++] = r;
                    if (n > 0 && !put(n == BATCH ? out : java.util.Arrays.copyOf(out, n))) return;
                    if (r == null) { put(END); return; }
                }
            } catch (Throwable e) { // handed to the importer's thread, which rethrows it
                put(new Object[] {e});
            }
        });
        prefetcher.start();
    }

    private boolean put(Object[] b) {
        try {
            while (!closed) if (queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private DelimitedReader.Record read() throws IOException {
        if (queue == null) return reader.next();
        if (batch == null || batchPos == batch.length) {
            if (batch == END) return null;
            try { batch = queue.take(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new java.io.InterruptedIOException("interrupted reading " + file); }
            batchPos = 0;
            if (batch == END) return null;
            if (batch.length == 1 && !(batch[0] instanceof DelimitedReader.Record)) {
                Object e = batch[0];
                batch = END;
                if (e instanceof IOException io) throw io;
                if (e instanceof Error err) throw err;
                throw (RuntimeException) e;
            }
        }
        return (DelimitedReader.Record) batch[batchPos++];
    }

    public static TabularFile open(Path file, Style style) throws IOException {
        if (!Files.isRegularFile(file)) throw new ImportException(file + ": no such file");
        return new TabularFile(file, style);
    }

    static String normalise(String name) {
        StringBuilder b = new StringBuilder();
        for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) if (Character.isLetterOrDigit(ch)) b.append(ch);
        return b.toString();
    }

    public Path file() { return file; }
    public List<String> header() { return header; }

    /** Index of the first of the names present, or -1. */
    public int column(String... names) {
        for (String n : names) {
            Integer i = byName.get(normalise(n));
            if (i != null) return i;
        }
        return -1;
    }

    /** Index of a required column (any of the names); fails the import clearly when it is missing. */
    public int require(String... names) {
        int i = column(names);
        if (i < 0) throw new ImportException(file + ":1: missing required column " + String.join(" / ", names)
                + " (the header has: " + String.join(", ", header) + ")");
        return i;
    }

    /** The next data row (blank and, for GCAT, comment lines skipped), or null at the end. */
    public Row next() throws IOException {
        while (true) {
            DelimitedReader.Record r = read();
            if (r == null) return null;
            if (r.blank()) continue;
            if (style.gcat && r.fields()[0].startsWith("#")) continue;
            return new Row(r);
        }
    }

    /** The row's structural problem (encoding, quotes, field count) as a message, or null when it is well formed. */
    public ImportProblem check(Row row) {
        DelimitedReader.Record r = row.r;
        if (r.problem() != null) {
            String f = r.problemField() >= 0 && r.problemField() < header.size() ? header.get(r.problemField()) : "row";
            return new ImportProblem(file, r.line(), f, r.problem());
        }
        int n = r.fields().length;
        if (n < header.size()) return new ImportProblem(file, r.line(), "row", "expected " + header.size() + " fields, found " + n);
        for (int i = header.size(); i < n; i++) {
            if (!r.fields()[i].isBlank()) return new ImportProblem(file, r.line(), "row", "expected " + header.size() + " fields, found " + n);
        }
        return null;
    }

    @Override public void close() throws IOException {
        closed = true;
        if (prefetcher != null) {
            prefetcher.interrupt();
            try { prefetcher.join(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }
        reader.close();
    }
}
