package org.astropol.web;

import org.astropol.imports.ImportRunner;
import org.astropol.imports.Importers;
import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database-backed endpoints under concurrent requests, with imports writing the same file meanwhile (issue 16:
 * three parallel requests used to answer 503 503 200 and leave every later request, and every write, failing).
 */
class DatabaseConcurrencyTest {
    static final List<String> DB_PATHS = List.of("/api/v1/documents", "/api/v1/votes/A/RES/69/32", "/api/v1/search?q=lunar",
            "/api/v1/alignment?a=CHN&b=RUS", "/api/v1/alignment?states=USA,CHN,RUS&topic=space-security", "/api/v1/review");

    @TempDir static Path tmp;
    static KnowledgeBase kb;
    static Path db;
    static WebServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        kb = TestServer.fixture();
        db = TestServer.database(tmp, kb);
        server = TestServer.start(kb, db);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.close(); }

    private static Map<Integer, Integer> fire(int threads, int each, List<String> paths) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        var r = TestServer.send("GET", base + paths.get((offset + i) % paths.size()), null);
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        return statuses;
    }

    @Test
    void parallelFirstRequestsAllSucceedAndLeaveTheServerWorking() throws Exception {
        assertThat(fire(12, 1, DB_PATHS)).containsOnlyKeys(200);
        assertThat(fire(6, 4, DB_PATHS)).containsOnlyKeys(200);
    }

    @Test
    void importsBesideManyConcurrentRequests() throws Exception {
        Path unvotes = Path.of(TestServer.class.getResource("/webfixture/unvotes").toURI());
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger imports = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        fire(DB_PATHS.size(), 1, DB_PATHS);   // answers to keep while the file is written
        Thread writer = new Thread(() -> {
            try {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (imports.get() < 3 || System.nanoTime() < until) {
                    try (Connection c = Database.openWritable(db)) {
                        var report = new ImportRunner(c, p -> { }).run(Importers.byKind("unvotes").orElseThrow(), List.of(unvotes), false);
                        assertThat(report.tables()).isNotEmpty();
                    }
                    imports.incrementAndGet();
                }
            } catch (Throwable e) {
                synchronized (failures) { failures.add(e.toString()); }
            } finally {
                writing.set(false);
            }
        });
        writer.start();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        HttpResponse<String> r = TestServer.send("GET", base + DB_PATHS.get((offset + i) % DB_PATHS.size()), null);
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() != 200) synchronized (failures) { failures.add(r.statusCode() + " " + r.body()); }
                    }
                    return null;
                }));
            }
            writer.join(TimeUnit.MINUTES.toMillis(2));
            for (Future<?> f : fs) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        assertThat(imports.get()).isGreaterThanOrEqualTo(3);
        assertThat(statuses).containsOnlyKeys(200);
        assertThat(statuses.get(200)).isGreaterThan(100);
        // afterwards: answers from the database as written, and the file free for the next writer
        assertThat(TestServer.json(base + "/api/v1/votes/A/RES/69/32", 200).get("yes").asInt()).isEqualTo(4);
        try (Connection c = Database.openWritable(db)) {
            assertThat(c.isClosed()).isFalse();
        }
    }

    @Test
    void theServerReleasesTheFileWhenIdle() throws Exception {
        TestServer.json(base + "/api/v1/documents", 200);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // DuckDB refuses a writable open beside this process' read-only instance, so this shows the instance is closed
        while (true) {
            try (Connection c = Database.openWritable(db, java.time.Duration.ZERO, m -> { })) {
                break;
            } catch (Database.LockedException e) {
                assertThat(System.nanoTime()).as("instance released within " + Db.LINGER).isLessThan(until);
                Thread.sleep(100);
            }
        }
    }

    @Test
    void errorBodiesNameNoPathsOrProcesses() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.duckdb"), "not a database");
        try (WebServer s = TestServer.start(kb, broken)) {
            for (String path : List.of("/api/v1/documents", "/api/v1/votes/A/RES/69/32", "/api/v1/search?q=lunar")) {
                var r = TestServer.send("GET", "http://127.0.0.1:" + s.port() + path, null);
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.body()).doesNotContain(tmp.toString()).doesNotContain("broken.duckdb/").doesNotContain("PID")
                        .doesNotContain(System.getProperty("java.home")).doesNotContain("Exception").contains("database not available");
            }
        }
    }

    @Test
    void errorTextCutsMachineFolders() {
        String javaHome = System.getProperty("java.home");
        assertThat(ErrorText.clean("IO Error: Could not set lock on file \"/srv/x/var/astropol.duckdb\": Conflicting lock is held in "
                + javaHome + "/bin/java (PID 4242) by user root. See also https://duckdb.org/docs/connect/concurrency"))
                .isEqualTo("IO Error: Could not set lock on file \"astropol.duckdb\": Conflicting lock is held in bin/java. "
                        + "See also https://duckdb.org/docs/connect/concurrency");
        assertThat(ErrorText.clean("not found: /api/v1/entities/XYZ")).isEqualTo("not found: /api/v1/entities/XYZ");
        assertThat(ErrorText.clean("cannot read " + tmp.resolve("a.yaml") + ":3: bad")).endsWith("a.yaml:3: bad").doesNotContain("/tmp/");
        assertThat(ErrorText.clean("cannot open /home/someone/astropol/var/x.duckdb: gone")).isEqualTo("cannot open x.duckdb: gone");
    }

    @Test
    void jettysOwnBadRequestRepliesCarryTheSecurityHeaders() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /api/v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nthis is no header\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String reply = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 400");
            String head = reply.substring(0, reply.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            WebServer.SECURITY_HEADERS.forEach((name, value) -> assertThat(head).contains(name.toLowerCase(java.util.Locale.ROOT) + ": "
                    + value.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2019, 12, 31);

    @Test
    void voteTablesAreReadOncePerVersionOfTheFile() throws Exception {
        try (Db own = new Db(db)) {
            Analytics analytics = new Analytics(kb, own, WebConfig.defaults().tiers(), WebConfig.defaults().network());
            var all = analytics.voteRecords(null, null, DAY);
            assertThat(analytics.voteRecords(null, null, DAY)).as("all roll calls, kept").isSameAs(all);
            assertThat(analytics.voteRecords("PAROS", null, DAY)).isSameAs(analytics.voteRecords("PAROS", null, DAY));
            try (Connection c = Database.openWritable(db); var st = c.createStatement()) {
                st.execute("CREATE OR REPLACE TABLE scratch_change AS SELECT 1 AS x");
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            // read again once the file has changed (the first request after the write may still get the kept answer)
            while (analytics.voteRecords(null, null, DAY) == all) {
                assertThat(System.nanoTime()).as("vote tables read again after the import").isLessThan(until);
                Thread.sleep(50);
            }
        }
    }
}
