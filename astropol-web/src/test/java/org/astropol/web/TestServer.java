package org.astropol.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.curation.CuratedDataReader;
import org.astropol.model.KnowledgeBase;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The web test fixture (src/test/resources/webfixture/data) read into a knowledge base, and a server over it. */
final class TestServer {
    private TestServer() {}

    static KnowledgeBase fixture() {
        try {
            Path data = Path.of(TestServer.class.getResource("/webfixture/data").toURI());
            var r = CuratedDataReader.read(data);
            if (!r.ok()) throw new IllegalStateException("web fixture is invalid: " + r.problems());
            return r.knowledgeBase();
        } catch (URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server on a free loopback port with a limit high enough for the test run. */
    static WebServer start(KnowledgeBase kb) {
        return WebServer.start(kb, WebConfig.defaults().withPort(0).withRateLimit(10_000, 10_000).withCorpus(List.of(corpus())));
    }

    /** The text ingested into the fixture database by {@link #database}. */
    static final String DOCUMENT_TEXT = """
            Lunar cooperation report

            China and Russia signed a memorandum on the International Lunar Research Station in March 2021. Pakistan joined later.

            The United States leads the Artemis Accords, which Japan and Brazil signed. <script>alert('xss')</script> is shown as text.
            """;

    /**
     * A DuckDB file in {@code dir} holding what the command line would put there: the unvotes fixture imported with
     * astropol-imports (webfixture/unvotes) and one text ingested with astropol-ingest, with its search index beside it.
     */
    static Path database(Path dir, KnowledgeBase kb) throws Exception {
        Path db = dir.resolve("astropol.duckdb");
        Path unvotes = Path.of(TestServer.class.getResource("/webfixture/unvotes").toURI());
        Path text = dir.resolve("lunar-report.txt");
        java.nio.file.Files.writeString(text, DOCUMENT_TEXT);
        try (java.sql.Connection c = org.astropol.store.Database.openWritable(db)) {
            var report = new org.astropol.imports.ImportRunner(c, p -> { }).run(org.astropol.imports.Importers.byKind("unvotes").orElseThrow(), List.of(unvotes), false);
            if (report.tables().isEmpty()) throw new IllegalStateException("unvotes fixture imported nothing");
            var ids = kb.entities().stream().map(org.astropol.model.Entity::id).collect(java.util.stream.Collectors.toSet());
            var ingester = new org.astropol.ingest.Ingester(new org.astropol.ingest.DocumentLoader(1 << 20),
                    new org.astropol.ingest.Extractor(org.astropol.ingest.Gazetteer.of(kb)), ids, p -> { });
            var r = ingester.ingest(c, List.of(text));
            if (r.ingested() != 1) throw new IllegalStateException("fixture text not ingested: " + r.errors());
            new org.astropol.ingest.SearchIndex(org.astropol.ingest.SearchIndex.besideDatabase(db)).ensureCurrent(c);
        }
        return db;
    }

    /** A server over the fixture knowledge base and a fixture database (see {@link #database}). */
    static WebServer start(KnowledgeBase kb, Path db) {
        return WebServer.start(kb, WebConfig.defaults().withPort(0).withRateLimit(10_000, 10_000).withCorpus(List.of(corpus())).withDatabase(db));
    }

    static Path corpus() {
        try {
            return Path.of(TestServer.class.getResource("/webfixture/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper M = new ObjectMapper();

    /** GETs {@code url}, checks the status and that the answer is JSON, and parses it. */
    static JsonNode json(String url, int status) throws Exception {
        var r = send("GET", url, null);
        assertThat(r.statusCode()).as(url + " -> " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        return M.readTree(r.body());
    }

    /** An error answer: {error, status} with a message for people, never a stack trace. */
    static void assertClientError(JsonNode j, int status) {
        assertThat(j.get("status").asInt()).isEqualTo(status);
        assertThat(j.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** One request of {@link #probe}: the path, the parameter (null for a path id), the value sent, the answer. */
    record Probe(String path, String param, String value, HttpResponse<String> answer) {}

    /**
     * Sends every value of {@code values} (SQL metacharacters and the like) in every parameter of {@code params}
     * (with {@code more} appended to the query, e.g. a required second parameter) and as the id after every path
     * of {@code idPaths}. Parameters must answer 200, 400 or 404, path ids 400 or 404, never a server error;
     * {@code check} adds assertions of the caller. Returns every probe, for assertions on the whole.
     */
    static List<Probe> probe(String base, List<String> values, Map<String, List<String>> params,
                             java.util.function.BinaryOperator<String> more, List<String> idPaths, Consumer<Probe> check) {
        List<Probe> all = new ArrayList<>();
        for (String v : values) {
            for (var e : params.entrySet()) {
                for (String p : e.getValue()) {
                    var r = send("GET", base + e.getKey() + "?" + p + "=" + enc(v) + more.apply(e.getKey(), p), null);
                    assertThat(r.statusCode()).as(e.getKey() + "?" + p + "=" + v + " -> " + r.body()).isIn(200, 400, 404);
                    Probe pr = new Probe(e.getKey(), p, v, r);
                    check.accept(pr);
                    all.add(pr);
                }
            }
            for (String path : idPaths) {
                var r = send("GET", base + path + enc(v).replace("+", "%20"), null);
                assertThat(r.statusCode()).as(path + v).isIn(400, 404);
                all.add(new Probe(path, null, v, r));
            }
        }
        return all;
    }

    static HttpResponse<String> send(String method, String url, String body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request line exactly as given (java.net.URI refuses malformed escapes); returns {status, body}. */
    static String[] raw(int port, String pathAndQuery) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String all = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String status = all.split(" ", 3)[1];
            int split = all.indexOf("\r\n\r\n");
            String head = all.substring(0, split).toLowerCase(java.util.Locale.ROOT), body = all.substring(split + 4);
            if (head.contains("transfer-encoding: chunked")) {
                StringBuilder b = new StringBuilder();
                int i = 0;
                while (true) {
                    int eol = body.indexOf("\r\n", i);
                    int n = Integer.parseInt(body.substring(i, eol).trim(), 16);
                    if (n == 0) break;
                    b.append(body, eol + 2, eol + 2 + n);
                    i = eol + 2 + n + 2;
                }
                body = b.toString();
            }
            return new String[]{status, body};
        }
    }
}
