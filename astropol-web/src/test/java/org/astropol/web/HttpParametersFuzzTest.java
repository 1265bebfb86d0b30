package org.astropol.web;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the HTTP parameters: generated values (dates, numbers, ids, lists, junk, very long text) for every query
 * and path parameter of the read-only API over the web fixture. A request may be answered 2xx, 400, 404 or 414, never
 * 500, and an error body is JSON or text without a stack trace.
 */
class HttpParametersFuzzTest {
    private static WebServer server;
    private static String base;

    @BeforeContainer
    static void start() {
        server = TestServer.start(TestServer.fixture());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterContainer
    static void stop() { server.close(); }

    private static final List<String> ENDPOINTS = List.of("/api/v1/entities/V", "/api/v1/entities?type=V&q=V", "/api/v1/members/V?asOf=V",
            "/api/v1/tiers?asOf=V&weight=V&exclude=V&explain=V", "/api/v1/network?asOf=V&weight=V&halfLife=V&exclude=V",
            "/api/v1/firsts/V?asOf=V", "/api/v1/density?programmes=V&asOf=V&cap=V", "/api/v1/compare?a=V&b=V&asOf=V",
            "/api/v1/membership-compare?ids=V&asOf=V", "/api/v1/membership-series/V", "/api/v1/timeline?ids=V&asOf=V",
            "/api/v1/search?q=V&type=V&limit=V", "/api/v1/sources/V", "/api/v1/export/members/V?asOf=V", "/api/v1/export/entities/V",
            "/api/v1/votes/V", "/api/v1/alignment?states=V&topic=V&year=V", "/api/v1/documents?limit=V&entity=V&source=V");

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of("2021-01-01", "2021-02-30", "0000-01-01", "9999-12-31", "-1", "0", "1e308", "NaN", "Infinity",
                        "2147483648", "-2147483649", "CHN", "USA,CHN", "artemis-accords", "artemis-accords:USA", ",,,", "true", "%", "%00", "..", "../../etc/passwd",
                        "<script>", "A/RES/69/32", "orbital-launch", ""),
                Arbitraries.strings().all().ofMaxLength(30), Arbitraries.strings().withChars("0123456789-.,:eE").ofMaxLength(25),
                Arbitraries.strings().withChars("ab").ofMinLength(3000).ofMaxLength(9000));
    }

    @Property
    void noParameterValueMakesTheServerFail(@ForAll("values") String value, @ForAll("endpoint") String endpoint) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        var response = TestServer.send("GET", base + endpoint.replace("V", encoded), null);
        assertThat(response.statusCode()).as(endpoint + " with " + value).isIn(200, 400, 404, 414, 431);
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Provide
    Arbitrary<String> endpoint() { return Arbitraries.of(ENDPOINTS); }
}
