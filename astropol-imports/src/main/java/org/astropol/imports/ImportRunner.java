package org.astropol.imports;

import java.util.Locale;
import org.duckdb.BatchAppender;
import org.duckdb.FeedTableFunction;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs one import as a single DuckDB transaction: rows are streamed through an appender into staging tables,
 * duplicate keys are found, the new release is compared with the previous one by key (added, removed, changed),
 * then the staging tables replace the old ones and the derived views are recreated. Any failure, or any malformed
 * row when not skipping, rolls everything back: the previous tables stay as they were.
 */
public final class ImportRunner {
    /** Problems kept for the report; without --skip-bad reading stops after this many. */
    static final int MAX_PROBLEMS = 100;

    private final Connection connection;
    private final Consumer<String> progress;

    private final boolean parallelInsert;

    public ImportRunner(Connection connection, Consumer<String> progress) {
        this(connection, progress, PARALLEL_INSERT);
    }

    /** With {@code parallelInsert} false, every import is stored through appenders (as before the feed, to compare). */
    ImportRunner(Connection connection, Consumer<String> progress, boolean parallelInsert) {
        this.connection = connection;
        this.progress = progress;
        this.parallelInsert = parallelInsert;
    }

    /** -Dastropol.import.parallelInsert=false stores every import through appenders (to compare). */
    static final boolean PARALLEL_INSERT = !"false".equals(System.getProperty("astropol.import.parallelInsert"));

    public ImportReport run(Importer importer, List<Path> paths, boolean skipBad) {
        List<Path> files = importer.resolve(paths);
        long t0 = System.nanoTime();
        Collector sink = new Collector(importer, files, skipBad, t0);
        List<ImportReport.TableResult> results = new ArrayList<>();
        String threadsBefore = null;
        try {
            if (sink.feedTable != null) FeedTableFunction.register(connection); // outside the import's transaction
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (TableSpec t : importer.tables()) {
                    st.execute("DROP TABLE IF EXISTS " + staging(t));
                    st.execute(t.ddl(staging(t), true));
                }
            }
            sink.duck = connection.unwrap(DuckDBConnection.class);
            boolean read = false;
            // DuckDB 1.5 runs each appender flush (BatchAppender) and the commit as queries that a worker thread executes
            // while the calling thread busy-waits on the scheduler's mutex (perf: most of the appending thread's samples,
            // a third of the process's during the commit), taking a core from the reading thread. With one DuckDB thread
            // the calling thread does that work itself. The queries between (key check, comparison with the previous
            // release) run with the usual threads, and so does a one-table import's INSERT from the feed (insertLoop).
            threadsBefore = setting("threads");
            sink.usualThreads = threadsBefore;
            threads(SERIAL_THREADS);
            try {
                importer.read(files, sink);
                read = true;
            } finally {
                sink.finish(read);
            }
            threads(threadsBefore);
            progress.accept(importer.kind() + ": read " + sink.rows + " rows" + timing(t0));
            boolean stopped = sink.stopped();
            if (!stopped) {
                try (Statement st = connection.createStatement()) {
                    for (TableSpec t : importer.tables()) {
                        // the reading thread's key hashes prove most imports free of duplicates without a query
                        if (!sink.keyHashes.get(t.name()).distinct()) duplicates(st, t, files, sink, skipBad);
                    }
                }
            }
            if (!skipBad && sink.problemCount > 0) {
                throw new ImportException(sink.problemCount + " malformed row(s) or duplicate key(s)" + (stopped ? " (stopped reading)" : "")
                        + "; nothing was imported (use --skip-bad to import the other rows)", sink.problems, sink.problemCount);
            }
            long total = 0;
            for (TableSpec t : importer.tables()) total += count("SELECT count(*) FROM " + staging(t));
            if (total == 0) throw new ImportException("no rows in " + files + "; nothing was imported");
            progress.accept(importer.kind() + ": keys checked" + timing(t0));
            try (Statement st = connection.createStatement()) {
                for (String v : DerivedViews.names()) st.execute("DROP VIEW IF EXISTS " + v);
                for (TableSpec t : importer.tables()) {
                    results.add(compare(st, t));
                    st.execute("DROP TABLE IF EXISTS " + t.name());
                    st.execute("ALTER TABLE " + staging(t) + " RENAME TO " + t.name());
                }
                DerivedViews.create(connection);
                st.execute("CREATE TABLE IF NOT EXISTS import_log (kind VARCHAR, table_name VARCHAR, files VARCHAR, imported_at TIMESTAMP, "
                        + "row_count BIGINT, added BIGINT, removed BIGINT, changed BIGINT, skipped BIGINT)");
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO import_log VALUES (?, ?, ?, now()::TIMESTAMP, ?, ?, ?, ?, ?)")) {
                for (ImportReport.TableResult r : results) {
                    ps.setString(1, importer.kind());
                    ps.setString(2, r.table());
                    ps.setString(3, files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(",")));
                    ps.setLong(4, r.rows()); ps.setLong(5, r.added()); ps.setLong(6, r.removed()); ps.setLong(7, r.changed());
                    ps.setLong(8, sink.problemCount);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            progress.accept(importer.kind() + ": compared and swapped" + timing(t0));
            threads(SERIAL_THREADS);
            long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            connection.commit();
            if (TIMINGS) progress.accept(importer.kind() + ": reading thread CPU " + cpu(cpu0) + ", commit CPU " + cpu(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0));
        } catch (SQLException | IOException | RuntimeException e) {
            try { connection.rollback(); } catch (SQLException ignored) { /* report the original failure */ }
            if (e instanceof ImportException ie) throw ie;
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ImportException("import " + importer.kind() + " failed, previous tables kept: " + msg, sink.problems, sink.problemCount);
        } finally {
            try { connection.setAutoCommit(true); } catch (SQLException ignored) { /* closed by caller */ }
            // the feed's INSERT changes it for the session; when that INSERT failed, its transaction refused the reset
            if (sink.feedTable != null) try { execute("RESET preserve_insertion_order"); } catch (SQLException ignored) { /* closed by caller */ }
            if (threadsBefore != null) try { threads(threadsBefore); } catch (SQLException ignored) { /* closed by caller */ }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long rows = results.stream().mapToLong(ImportReport.TableResult::rows).sum();
        progress.accept(importer.kind() + ": " + rows + " rows in " + String.format(Locale.ROOT, "%.1f", secs) + " s (" + Math.round(sink.rows / Math.max(secs, 1e-3)) + " rows/s)");
        return new ImportReport(importer.kind(), files, results, sink.problemCount, List.copyOf(sink.problems), secs);
    }

    /** DuckDB threads while rows are appended and committed (-Dastropol.import.serialThreads=N to compare). */
    static final String SERIAL_THREADS = String.valueOf(Integer.getInteger("astropol.import.serialThreads", 1));

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) { st.execute(sql); }
    }

    private void threads(String n) throws SQLException {
        execute("SET threads = " + n);
    }

    private String setting(String name) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** -Dastropol.import.timings=true: CPU time of the appending thread, the reading thread and the commit. */
    static final boolean TIMINGS = Boolean.getBoolean("astropol.import.timings");

    private static String cpu(long nanos) { return String.format(Locale.ROOT, "%.2f s", nanos / 1e9); }

    private static String timing(long t0) { return String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - t0) / 1e9); }

    static String staging(TableSpec t) { return "_import_" + t.name(); }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Reports (and with skipBad removes, keeping the first) rows whose key repeats an earlier row's. */
    private void duplicates(Statement st, TableSpec t, List<Path> files, Collector sink, boolean skipBad) throws SQLException {
        String keys = String.join(", ", t.keys());
        String stg = staging(t);
        long dups = count("SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT " + keys + " FROM " + stg + ")) FROM " + stg);
        if (dups == 0) return;
        String window = "OVER (PARTITION BY " + keys + " ORDER BY src_file, src_line)";
        String ranked = "SELECT " + keys + ", src_file, src_line, row_number() " + window + " AS rn, first_value(src_file) " + window
                + " AS fsrc_file, first_value(src_line) " + window + " AS f_line FROM " + stg;
        try (ResultSet rs = st.executeQuery("SELECT * FROM (" + ranked + ") WHERE rn > 1 ORDER BY src_file, src_line LIMIT " + MAX_PROBLEMS)) {
            int k = t.keys().size();
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int i = 1; i <= k; i++) key.append(i > 1 ? ", " : "").append(rs.getString(i));
                Path f = files.get(rs.getInt(k + 1));
                Path first = files.get(rs.getInt(k + 4));
                sink.problems.add(new ImportProblem(f, rs.getLong(k + 2), String.join("+", t.keys()),
                        "duplicate key " + key + " (first at " + (first.equals(f) ? "line " : first + ":") + rs.getLong(k + 5) + ")"));
            }
        }
        sink.problemCount += dups;
        if (skipBad) {
            st.execute("DELETE FROM " + stg + " WHERE rowid IN (SELECT rowid FROM (SELECT rowid, row_number() " + window + " AS rn FROM " + stg + ") WHERE rn > 1)");
        }
    }

    /** Compares the staged release with the current table by key. */
    private ImportReport.TableResult compare(Statement st, TableSpec t) throws SQLException {
        String stg = staging(t);
        long rows = count("SELECT count(*) FROM " + stg);
        List<String> old = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = '"
                + t.name() + "' AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')")) {
            while (rs.next()) old.add(rs.getString(1));
        }
        if (old.isEmpty() || !old.containsAll(t.keys())) return new ImportReport.TableResult(t.name(), rows, rows, 0, 0, false);
        String on = t.keys().stream().map(k -> "n." + k + " = o." + k).collect(Collectors.joining(" AND "));
        long added = count("SELECT count(*) FROM " + stg + " n WHERE NOT EXISTS (SELECT 1 FROM " + t.name() + " o WHERE " + on + ")");
        long removed = count("SELECT count(*) FROM " + t.name() + " o WHERE NOT EXISTS (SELECT 1 FROM " + stg + " n WHERE " + on + ")");
        String differs = t.physical().stream().map(TableSpec.Column::name).filter(c -> !t.keys().contains(c))
                .map(c -> old.contains(c) ? "n." + c + " IS DISTINCT FROM o." + c : "TRUE").collect(Collectors.joining(" OR "));
        long changed = differs.isEmpty() ? 0 : count("SELECT count(*) FROM " + stg + " n JOIN " + t.name() + " o ON " + on + " WHERE " + differs);
        return new ImportReport.TableResult(t.name(), rows, added, removed, changed, true);
    }

    /** Rows waiting to be appended. */
    private static final class Pending {
        final TableSpec[] tables;
        final Object[][] values;
        final long[] lines;
        final short[] files;
        int n;

        Pending(int size) {
            tables = new TableSpec[size]; values = new Object[size][]; lines = new long[size]; files = new short[size];
        }

        void add(TableSpec t, Object[] v, long line, short file) {
            tables[n] = t; values[n] = v; lines[n] = line; files[n] = file;
            n++;
        }

        void appendAll(Map<String, BatchAppender> appenders, DuckDBConnection duck) throws SQLException {
            // the appender of the previous row: consecutive rows nearly always go to the same table
            TableSpec lastTable = null;
            BatchAppender lastAppender = null;
            for (int i = 0; i < n; i++) {
                try {
                    BatchAppender a = tables[i] == lastTable ? lastAppender : appenders.get(tables[i].name());
                    if (a == null) {
                        a = new BatchAppender(duck, DuckDBConnection.DEFAULT_SCHEMA, staging(tables[i]));
                        appenders.put(tables[i].name(), a);
                    }
                    lastTable = tables[i];
                    lastAppender = a;
                    for (Object v : values[i]) {
                        switch (v) {
                            case null -> a.appendNull();
                            case byte[] utf8 -> a.append(utf8); // VARCHAR as UTF-8, encoded by the reading thread
                            case String s -> a.append(s.getBytes(StandardCharsets.UTF_8));
                            case Long l -> a.append(l.longValue());
                            case Integer x -> a.append(x.intValue());
                            case Double d -> a.append(d.doubleValue());
                            case Boolean b -> a.append(b.booleanValue());
                            case LocalDate d -> a.appendEpochDays(Math.toIntExact(d.toEpochDay()));
                            default -> throw new IllegalArgumentException("unsupported value type " + v.getClass());
                        }
                    }
                    a.append(lines[i]);
                    a.append(files[i]);
                    a.endRow();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot append to " + tables[i].name() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Receives rows from the importer and appends them to the staging tables. */
    private final class Collector implements Sink, FeedTableFunction.Feed {
        final Map<String, BatchAppender> appenders = new LinkedHashMap<>(); // used by the appending thread only
        DuckDBConnection duck;
        final Map<Path, Integer> fileIndex = new HashMap<>();
        /** Per table: how many values a row carries (its stored columns) and where its key values are. */
        record Shape(int values, int[] keys) {}
        final Map<String, Shape> shapes = new HashMap<>();
        final Map<String, KeyHashes> keyHashes = new HashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final boolean skipBad;
        final String kind;
        final long t0;
        long problemCount, rows, nextCheck = 1 << 16, lastReport;

        Collector(Importer importer, List<Path> files, boolean skipBad, long t0) {
            for (int i = 0; i < files.size(); i++) fileIndex.put(files.get(i), i);
            for (TableSpec t : importer.tables()) {
                shapes.put(t.name(), new Shape(t.physical().size(), t.keys().stream().mapToInt(t::index).toArray()));
                keyHashes.put(t.name(), new KeyHashes());
            }
            this.skipBad = skipBad;
            this.kind = importer.kind();
            this.t0 = t0;
            this.lastReport = t0;
            this.feedTable = parallelInsert && THREAD && importer.tables().size() == 1 ? importer.tables().get(0) : null;
            this.batch = feedTable != null ? FeedTableFunction.capacity() : BATCH;
        }

        @Override public void row(TableSpec table, Path file, long line, Object... values) {
            Shape shape = shapes.get(table.name());
            if (values.length != shape.values()) throw new IllegalStateException(table.name() + ": " + values.length + " values for " + shape.values() + " stored columns");
            for (int k : shape.keys()) {
                if (values[k] == null) { problem(new ImportProblem(file, line, table.physical().get(k).name(), "missing key value")); return; }
            }
            Integer fi = fileIndex.get(file);
            if (fi == null) { fi = fileIndex.size(); fileIndex.put(file, fi); }
            if (pending == null) pending = new Pending(batch);
            // Text is encoded to UTF-8 here, in the reading thread: the appending thread is the import's critical
            // path (DuckDB's appender and storage), so work that can move off it shortens the whole import.
            for (int i = 0; i < values.length; i++) if (values[i] instanceof String str) values[i] = str.getBytes(StandardCharsets.UTF_8);
            keyHashes.get(table.name()).add(values, shape.keys());
            pending.add(table, values, line, (short) fi.intValue());
            if (pending.n == batch) { hand(pending); pending = null; }
            if (++rows >= nextCheck) {
                nextCheck += 1 << 16;
                long now = System.nanoTime();
                if (now - lastReport > 1_000_000_000L) {
                    lastReport = now;
                    progress.accept(kind + ": " + rows + " rows read (" + Math.round(rows / ((now - t0) / 1e9)) + " rows/s)");
                }
            }
        }

        // ---- appending runs in a second thread: DuckDB's appender (vector filling, compression, writing) overlaps
        // with the reading and converting of the next rows. Rows are handed over in batches, in order.
        static final int BATCH = 1024;
        final int batch; // rows per hand-over: BATCH, or one DuckDB chunk when the feed stores them
        private Pending pending;
        private java.util.concurrent.ArrayBlockingQueue<Pending> queue;
        private Thread appender;
        private volatile Throwable failure;
        private volatile boolean aborted;
        private static final Pending END = new Pending(0);

        /** Appending in a second thread; -Dastropol.import.appendThread=false appends in the reading thread. */
        static final boolean THREAD = !"false".equals(System.getProperty("astropol.import.appendThread"));

        private void hand(Pending p) {
            if (!THREAD) {
                try { p.appendAll(appenders, duck); } catch (SQLException e) { throw new IllegalStateException(e.getMessage(), e); }
                return;
            }
            if (failure != null) rethrow();
            if (appender == null) {
                queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
                appender = Thread.ofPlatform().name("astropol-append").start(feedTable != null ? this::insertLoop : this::appendLoop);
            }
            try {
                while (!queue.offer(p, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) if (failure != null) rethrow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing", e);
            }
        }

        // ---- an import of one table is stored by DuckDB's own threads instead of an appender: the appending thread runs
        // INSERT INTO staging SELECT * FROM astropol_feed(id), and DuckDB's threads (the appending thread and its
        // workers) take the batches the reading thread hands over, each compressing and writing row groups of its own,
        // in parallel. With an appender one thread compresses every row group, and that thread was the import's
        // critical path (docs/benchmarks.md). Rows are then stored in the order the threads took them, not the file's:
        // src_line keeps the file's order. Imports of several tables (rows of different tables interleave in the
        // files) keep the appenders: a connection runs one query at a time.
        /** The one table stored through the feed, or null when appenders store the rows. */
        final TableSpec feedTable;
        /** DuckDB's threads outside the serial parts (its setting when the import began), for the feed's INSERT. */
        volatile String usualThreads = "1";

        /** Takes the next batch, or null at the end (leaving the end mark for DuckDB's other threads). */
        Pending next() throws InterruptedException {
            Pending p;
            do { p = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS); } while (p == null && !aborted);
            if (p == null || p == END || aborted) { queue.offer(END); return null; }
            return p;
        }

        @Override public List<String> columnNames() {
            List<String> names = new ArrayList<>(feedTable.physical().stream().map(TableSpec.Column::name).toList());
            names.add("src_line");
            names.add("src_file");
            return names;
        }

        @Override public List<String> columnTypes() {
            List<String> types = new ArrayList<>(feedTable.physical().stream().map(TableSpec.Column::type).toList());
            types.add("BIGINT");
            types.add("SMALLINT");
            return types;
        }

        @Override public int fill(FeedTableFunction.Chunk chunk) throws InterruptedException {
            Pending p = next();
            if (p == null) return 0;
            int cols = p.values[0].length;
            for (int r = 0; r < p.n; r++) {
                Object[] row = p.values[r];
                for (int c = 0; c < cols; c++) {
                    switch (row[c]) {
                        case null -> chunk.setNull(c, r);
                        case byte[] utf8 -> chunk.setUtf8(c, r, utf8);
                        case String str -> chunk.setUtf8(c, r, str.getBytes(StandardCharsets.UTF_8));
                        case Long l -> chunk.setLong(c, r, l);
                        case Integer x -> chunk.setInt(c, r, x);
                        case Double d -> chunk.setDouble(c, r, d);
                        case Boolean b -> chunk.setBoolean(c, r, b);
                        case LocalDate d -> chunk.setEpochDays(c, r, Math.toIntExact(d.toEpochDay()));
                        default -> throw new IllegalArgumentException("unsupported value type " + row[c].getClass());
                    }
                }
                chunk.setLong(cols, r, p.lines[r]);
                chunk.setShort(cols + 1, r, p.files[r]);
            }
            return p.n;
        }

        /** The appending thread of a one-table import: one INSERT that DuckDB runs on all its threads. */
        private void insertLoop() {
            long feedId = FeedTableFunction.open(this);
            try {
                String cols = feedTable.physical().stream().map(TableSpec.Column::name).collect(Collectors.joining(", "));
                // DuckDB inserts in parallel only when it need not keep the source's order (its table functions written
                // in Java cannot number their chunks)
                execute("SET preserve_insertion_order = false");
                threads(usualThreads);
                execute("INSERT INTO " + staging(feedTable) + " (" + cols + ", src_line, src_file) SELECT * FROM "
                        + FeedTableFunction.NAME + "(" + feedId + ")");
                execute("RESET preserve_insertion_order");
                threads(SERIAL_THREADS);
            } catch (Throwable t) {
                failure = t;
                aborted = true;
                queue.clear();
            } finally {
                FeedTableFunction.close(feedId);
            }
            if (TIMINGS) progress.accept(kind + ": appending thread CPU " + cpu(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
        }

        /** The appending thread: it owns the appenders (DuckDB confines each to the thread that created it). */
        private void appendLoop() {
            try {
                while (true) {
                    Pending p = queue.take();
                    if (p == END || aborted) break;
                    p.appendAll(appenders, duck);
                }
            } catch (Throwable t) {
                failure = t;
            }
            for (BatchAppender a : appenders.values()) {
                try { a.close(); } catch (Throwable t) { if (failure == null && !aborted) failure = t; }
            }
            if (TIMINGS) progress.accept(kind + ": appending thread CPU " + cpu(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
        }

        private void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
            throw new IllegalStateException(t);
        }

        /** Appends what is left and waits for the appending thread (or, when the read failed, stops it). */
        void finish(boolean ok) {
            if (!ok) aborted = true;
            if (ok && pending != null && pending.n > 0) hand(pending);
            pending = null;
            if (!THREAD) {
                for (BatchAppender a : appenders.values()) {
                    try { a.close(); } catch (SQLException e) { if (ok) throw new IllegalStateException(e.getMessage(), e); }
                }
                return;
            }
            if (appender != null) {
                try {
                    if (ok) { while (!queue.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) if (failure != null) break; }
                    else { queue.clear(); queue.offer(END); }
                    appender.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while importing", e);
                }
            }
            if (ok && failure != null) rethrow();
        }

        @Override public void problem(ImportProblem p) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) problems.add(p);
        }

        @Override public boolean stopped() { return !skipBad && problemCount >= MAX_PROBLEMS; }
    }
}
