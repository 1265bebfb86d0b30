package org.astropol.web;

import org.astropol.curation.CuratedDataReader;
import org.astropol.model.KnowledgeBase;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

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
        return WebServer.start(kb, WebConfig.defaults().withPort(0).withRateLimit(10_000, 10_000));
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> send(String method, String url, String body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
