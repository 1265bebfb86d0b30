package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.curation.CuratedDataReader;
import org.astropol.web.WebConfig;
import org.astropol.web.WebServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API answers with exactly the JSON the commands print, on one workspace: the curation fixture, UN votes
 * imported and a text ingested with the commands, then the same questions asked of `./astropol ... --format json`
 * and of the server (configured as `serve` configures it: the database file and config/tiers.yaml).
 */
class ServeJsonTest extends CliTestBase {
    static final ObjectMapper M = new ObjectMapper();


    JsonNode cli(String... args) throws Exception {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return M.readTree(r.out());
    }

    @Test
    void theApiGivesTheCommandsJson() throws Exception {
        Path unvotes = Path.of(System.getProperty("astropol.root"), "astropol-imports/src/test/resources/fixtures/unvotes");
        assertThat(run("import", "unvotes", unvotes.toString()).code()).isZero();
        Path doc = tmp.resolve("docs/note.txt");
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, "A note on cooperation\n\nJapan and Australia signed the Artemis Accords with the United States.\n");
        assertThat(run("ingest", doc.toString()).code()).isZero();

        var kb = CuratedDataReader.read(data).knowledgeBase();
        Path tiersFile = Workspace.home().resolve("config/tiers.yaml");
        var tiers = Files.isRegularFile(tiersFile) ? TiersConfigFile.read(tiersFile) : org.astropol.analysis.SpacePowerIndex.Config.defaults();
        try (WebServer server = WebServer.start(kb, WebConfig.defaults().withPort(0).withRateLimit(0, 0).withDatabase(db).withTiers(tiers))) {
            String base = "http://127.0.0.1:" + server.port() + "/api/v1";
            HttpClient http = HttpClient.newHttpClient();
            java.util.function.Function<String, JsonNode> api = path -> {
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
                    return M.readTree(r.body());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            assertThat(api.apply("/network?asOf=2021-01-01")).isEqualTo(cli("network", "--as-of", "2021-01-01", "--format", "json"));
            assertThat(api.apply("/network?asOf=2021-01-01&layers=cooperation,legal&alpha=0.3&runs=7&seed=4&blocs=first-treaty,artemis-accords"))
                    .isEqualTo(cli("network", "--as-of", "2021-01-01", "--layers", "cooperation,legal", "--alpha", "0.3", "--runs", "7", "--seed", "4", "--blocs", "first-treaty,artemis-accords", "--format", "json"));
            assertThat(api.apply("/network/polarisation?asOf=2021-01-01")).isEqualTo(cli("network", "--by-year", "--as-of", "2021-01-01", "--format", "json"));
            assertThat(api.apply("/network?asOf=2021-01-01&halfLife=0&weight.partnership=2"))
                    .isEqualTo(cli("network", "--as-of", "2021-01-01", "--half-life", "0", "--weight", "partnership=2", "--format", "json"));
            assertThat(api.apply("/tiers?asOf=2023-06-30")).isEqualTo(cli("tiers", "--as-of", "2023-06-30", "--format", "json"));
            assertThat(api.apply("/tiers?asOf=2023-06-30&explain=true")).isEqualTo(cli("tiers", "--as-of", "2023-06-30", "--explain", "--format", "json"));
            assertThat(api.apply("/firsts/orbital-launch?asOf=2023-06-30")).isEqualTo(cli("firsts", "orbital-launch", "--as-of", "2023-06-30", "--format", "json"));
            assertThat(api.apply("/compare?a=USA&b=JPN&asOf=2023-06-30")).isEqualTo(cli("compare", "USA", "JPN", "--as-of", "2023-06-30", "--format", "json"));
            assertThat(api.apply("/density?programmes=artemis-accords:USA&asOf=2023-06-30"))
                    .isEqualTo(cli("density", "artemis-accords:USA", "--as-of", "2023-06-30", "--format", "json"));
            assertThat(api.apply("/votes/A/RES/69/32")).isEqualTo(cli("vote", "A/RES/69/32", "--format", "json"));
            assertThat(api.apply("/alignment?a=USA&b=RUS&topic=space-security")).isEqualTo(cli("alignment", "USA", "RUS", "--topic", "space-security", "--format", "json"));
            assertThat(api.apply("/alignment?states=USA,RUS,CHN")).isEqualTo(cli("alignment", "--matrix", "USA", "RUS", "CHN", "--format", "json"));
            JsonNode s = api.apply("/search?q=Artemis");
            assertThat(s).isEqualTo(cli("search", "Artemis", "--format", "json"));
            assertThat(s.get("hits")).isNotEmpty();
        }
    }
}
