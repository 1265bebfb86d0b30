package org.astropol.web;

import org.astropol.curation.CuratedDataReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values at the edges of what check lets through (the largest and smallest amounts the store holds exactly, negative
 * ones) put into the web fixture's space budget: every analysis endpoint answers 200, never 500. With 1e40 (refused by
 * check since) /api/v1/tiers used to fail with a NullPointerException.
 */
class ExtremeValuesApiTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999999999999999.999999", "0.000001", "-8.9 billion", "0"})
    void analysesAnswerForEveryValueThatPassesCheck(String value) throws Exception {
        Path src = Path.of(TestServer.class.getResource("/webfixture/data").toURI());
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path t = tmp.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
        Path file = tmp.resolve("topics/coalitions.yaml");
        Files.writeString(file, Files.readString(file).replace("value: 8.9 billion", "value: \"" + value + "\""));
        var r = CuratedDataReader.read(tmp);
        assertThat(r.problems()).isEmpty();
        try (WebServer server = TestServer.start(r.knowledgeBase())) {
            String base = "http://127.0.0.1:" + server.port();
            for (String path : new String[]{"/api/v1/tiers?asOf=2023-06-30", "/api/v1/tiers?asOf=2023-06-30&explain=true", "/tiers?asOf=2023-06-30",
                    "/api/v1/network?asOf=2023-06-30", "/api/v1/compare?a=ilrs&b=artemis-accords&asOf=2023-06-30", "/api/v1/entities/CHN"}) {
                var response = TestServer.send("GET", base + path, null);
                assertThat(response.statusCode()).as(value + " " + path + ": " + response.body()).isLessThan(500);
            }
        }
    }
}
