package org.astropol.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.http.HttpResponse;

/** Base of the HTTP tests that share one server over the web fixture knowledge base (no database). */
abstract class FixtureServerTest {
    static KnowledgeBase kb;
    static WebServer server;
    static String base;

    @BeforeAll
    static void startFixtureServer() {
        kb = TestServer.fixture();
        server = TestServer.start(kb);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stopFixtureServer() { server.close(); }

    static HttpResponse<String> get(String path) { return TestServer.send("GET", base + path, null); }

    static JsonNode json(String path, int status) throws Exception { return TestServer.json(base + path, status); }
}
