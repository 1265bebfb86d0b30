package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The analytics commands run end to end on the curation fixture: exit codes and JSON shapes. */
class AnalyticsCliTest extends CliTestBase {

    JsonNode json(String... args) throws Exception {
        Run r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }


    @Test
    void analyticsCommandsAnswerInTheDocumentedShapes() throws Exception {
        JsonNode f = json("firsts", "orbital-launch", "--format", "json");
        assertThat(f.get("capability").asText()).isEqualTo("orbital-launch");
        assertThat(f.get("states").isArray()).isTrue();

        JsonNode n = json("network", "--as-of", "2021-01-01", "--format", "json");
        assertThat(n.get("asOf").asText()).isEqualTo("2021-01-01");
        assertThat(n.has("nodes") && n.has("edges") && n.has("polarisation") && n.has("brokers")).isTrue();
        for (JsonNode node : n.get("nodes")) for (String k : new String[]{"id", "community", "degree", "betweenness", "eigenvector", "pagerank"}) assertThat(node.has(k)).isTrue();
        for (JsonNode e : n.get("edges")) for (String k : new String[]{"source", "target", "weight", "kinds"}) assertThat(e.has(k)).isTrue();
        assertThat(n.get("nodes")).extracting(x -> x.get("id").asText()).contains("AUS", "JPN");
        // issue 13's acceptance: the cooperation layer by default, a community and a confidence per node, the backbone's alpha, the z-score
        assertThat(n.get("layers")).extracting(JsonNode::asText).containsExactly("cooperation");
        for (JsonNode node : n.get("nodes")) assertThat(node.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(n.get("backbone").get("alpha").asDouble()).isEqualTo(0.05);
        assertThat(n.get("backbone").get("keptEdges").asInt()).isBetween(0, n.get("backbone").get("totalEdges").asInt());
        assertThat(n.has("modularityZ")).isTrue();
        JsonNode all = json("network", "--as-of", "2021-01-01", "--layers", "cooperation,institutional,legal", "--alpha", "0.2", "--format", "json");
        assertThat(all.get("edges").size()).isGreaterThanOrEqualTo(n.get("edges").size());
        assertThat(all.get("backbone").get("alpha").asDouble()).isEqualTo(0.2);
        JsonNode series = json("network", "--by-year", "--as-of", "2021-06-30", "--blocs", "artemis-accords,first-treaty", "--format", "json");
        assertThat(series.get("blocs")).extracting(JsonNode::asText).containsExactly("artemis-accords", "first-treaty");
        assertThat(series.get("series").get(series.get("series").size() - 1).get("asOf").asText()).isEqualTo("2021-06-30");
        assertThat(run("network", "--layers", "friendship").code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("network", "--alpha", "0").code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("network", "--blocs", "ilrs").code()).isEqualTo(Main.USAGE_ERROR);

        Run g = run("network", "--as-of", "2021-01-01", "--format", "graphml");
        assertThat(g.code()).isZero();
        assertThat(g.out()).contains("<graphml").contains("<node id=\"AUS\">");

        JsonNode t = json("tiers", "--format", "json", "--explain");
        assertThat(t.has("asOf")).isTrue();
        for (JsonNode s : t.get("states")) {
            for (String k : new String[]{"id", "score", "rank", "tier", "rankInterval", "indicators"}) assertThat(s.has(k)).isTrue();
            assertThat(s.get("score").asDouble()).isBetween(0.0, 100.0);
        }
        Run csv = run("network", "--as-of", "2021-01-01", "--format", "csv", "--edges");
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("source,target,weight,kinds,records,layers,significance,backbone");
    }

    @Test
    void tiersAndNetworkAnswersAreKeptUntilDataOrConfigurationChange() throws Exception {
        String tiers = run("tiers", "--as-of", "2021-01-01", "--format", "json").out();
        String network = run("network", "--as-of", "2021-01-01", "--format", "csv").out();
        assertThat(tiers).contains("\"states\"");
        Path results = db.resolveSibling("kb.duckdb.results");
        try (Stream<Path> files = Files.list(results)) {
            for (Path p : files.toList()) keepInstead(p, "kept answer\n");
        }
        assertThat(run("tiers", "--as-of", "2021-01-01", "--format", "json").out()).isEqualTo("kept answer\n");
        assertThat(run("network", "--as-of", "2021-01-01", "--format", "csv").out()).isEqualTo("kept answer\n");
        // other parameters are another answer
        assertThat(run("tiers", "--as-of", "2021-06-01", "--format", "json").out()).contains("\"2021-06-01\"");
        Path cfg = tmp.resolve("tiers.yaml");
        Files.writeString(cfg, "weights: {firsts: 1}\n");
        assertThat(run("tiers", "--as-of", "2021-01-01", "--format", "json", "--config", cfg.toString()).out()).contains("\"states\"");
        // an edited data/ file is a new knowledge base, so both are computed again
        Path file = data.resolve("topics/artemis.yaml");
        Files.writeString(file, Files.readString(file).replace("name: Brazil,", "name: Brazik,"));
        assertThat(run("tiers", "--as-of", "2021-01-01", "--format", "json").out()).isNotEqualTo("kept answer\n").contains("\"states\"");
        assertThat(run("network", "--as-of", "2021-01-01", "--format", "csv").out()).isEqualTo(network);
    }

    /** Replaces the answer kept in a results file, keeping the key it starts with (its parts each end with a NUL). */
    static void keepInstead(Path kept, String answer) throws Exception {
        String content = Files.readString(kept);
        assertThat(content).contains("\0");
        Files.writeString(kept, content.substring(0, content.lastIndexOf('\0') + 1) + answer);
    }

    @Test
    void badInputExitsOneWithAClearMessage() throws Exception {
        Run r = run("firsts", "warp-drive");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("unknown capability 'warp-drive'");
        Path cfg = tmp.resolve("tiers.yaml");
        Files.writeString(cfg, "weights: {firsts: 1}\ncolour: blue\n");
        Run bad = run("tiers", "--config", cfg.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("tiers.yaml").contains("unknown field 'colour'");
        Files.writeString(cfg, "weights: {firsts: 1, launches: heavy}\n");
        assertThat(run("tiers", "--config", cfg.toString()).err()).contains("weights.launches").contains("expected a number");
        assertThat(run("network", "--format", "pdf").code()).as("a usage error").isEqualTo(Main.USAGE_ERROR);
        assertThat(run("alignment", "CHN", "RUS", "--topic", "PAROS").err()).as("an import's category without an import").contains("un_vote");
        assertThat(run("density", "nope").err()).contains("unknown id 'nope'");
    }

    @Test
    void alignmentReadsTheImportedVoteTables() throws Exception {
        assertThat(run("members", "artemis-accords").code()).isZero();   // builds the database
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db); var st = c.createStatement()) {
            st.execute("CREATE TABLE un_roll_call (rcid BIGINT, date DATE, space_category VARCHAR)");
            st.execute("CREATE TABLE un_vote (rcid BIGINT, state VARCHAR, country_code VARCHAR, country VARCHAR, vote VARCHAR)");
            st.execute("INSERT INTO un_roll_call VALUES (1, '2014-12-02', 'PAROS'), (2, '2015-12-07', 'NO_FIRST_PLACEMENT'), (3, '2016-12-05', NULL), (4, '2017-12-04', 'PAROS')");
            st.execute("INSERT INTO un_vote VALUES (1, 'CHN', 'CN', 'China', 'yes'), (1, 'RUS', 'RU', 'Russia', 'yes'), (1, 'USA', 'US', 'USA', 'no'),"
                    + "(2, 'CHN', 'CN', 'China', 'yes'), (2, 'RUS', 'RU', 'Russia', 'yes'), (2, 'USA', 'US', 'USA', 'no'),"
                    + "(3, 'CHN', 'CN', 'China', 'yes'), (3, 'RUS', 'RU', 'Russia', 'no'),"
                    + "(4, 'CHN', 'CN', 'China', 'abstain'), (4, 'RUS', 'RU', 'Russia', 'yes'), (4, 'USA', 'US', 'USA', 'no')");
        }
        // an upper-case space category names the imported roll calls; no topic: every imported roll call
        JsonNode p = json("alignment", "CHN", "RUS", "--topic", "PAROS", "--format", "json");
        assertThat(p.get("data").asText()).isEqualTo("un_vote");
        assertThat(p.get("votes").asInt()).isEqualTo(2);
        assertThat(p.get("score").asDouble()).isCloseTo((1 + 0.5) / 2, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(json("alignment", "CHN", "RUS", "--format", "json").get("votes").asInt()).isEqualTo(4);
        assertThat(json("alignment", "CHN", "RUS", "--from", "2015-01-01", "--format", "json").get("votes").asInt()).isEqualTo(3);
        JsonNode m = json("alignment", "--matrix", "CHN", "RUS", "USA", "--topic", "PAROS", "--format", "json");
        assertThat(m.get("states")).extracting(JsonNode::asText).containsExactly("CHN", "RUS", "USA");
        assertThat(m.get("idealPoints").get("USA").asDouble()).isPositive();
        assertThat(m.get("idealPoints").get("CHN").asDouble()).isNegative();
        JsonNode y = json("alignment", "CHN", "RUS", "--by-year", "--format", "json");
        assertThat(y.get("years")).hasSize(4);
    }

    @Test
    void explainAddsTheRecordsBehindEveryNumber() throws Exception {
        for (String[] cmd : new String[][]{{"firsts", "orbital-launch"}, {"network", "--as-of", "2021-01-01"}, {"density", "artemis-accords:USA", "--as-of", "2021-01-01"},
                {"compare", "artemis-accords", "USA", "--as-of", "2021-01-01"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(cmd), java.util.stream.Stream.of("--explain", "--format", "json")).toArray(String[]::new);
            JsonNode j = json(args);
            assertThat(j.get("explain").isArray()).as(String.join(" ", cmd)).isTrue();
            for (JsonNode l : j.get("explain")) {
                assertThat(l.has("field") && l.has("value") && l.has("records")).isTrue();
                for (JsonNode r : l.get("records")) assertThat(r.get("origin").asText()).as(r.toString()).matches("(.+:\\d+)?");
            }
            Run table = run(java.util.stream.Stream.concat(java.util.Arrays.stream(cmd), java.util.stream.Stream.of("--explain")).toArray(String[]::new));
            assertThat(table.code()).isZero();
            assertThat(table.out()).startsWith("field");
        }
        JsonNode ph = json("timeline", "AUS", "USA", "--phases", "--as-of", "2022-01-01", "--format", "json");
        assertThat(ph.get("method").get("penalty").asDouble()).isEqualTo(1.0);
        assertThat(ph.has("periods") && ph.has("phases")).isTrue();
        assertThat(run("timeline", "AUS", "USA", "--phases", "--period", "0").code()).isEqualTo(1);
    }

    @Test
    void theShippedNetworkConfigIsTheBuiltInDefault() throws Exception {
        // the analyses' tests run with CooperationNetwork.Config.defaults(); the shipped file must say the same
        Path shipped = Path.of(System.getProperty("astropol.root"), "config/network.yaml");
        assertThat(NetworkConfigFile.read(shipped)).isEqualTo(org.astropol.analysis.CooperationNetwork.Config.defaults());
        Path bad = tmp.resolve("network.yaml");
        Files.writeString(bad, "layers:\n  programme: friendship\n");
        Run r = run("network", "--config", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("network.yaml").contains("unknown layer 'friendship'");
    }

    @Test
    void theShippedTiersConfigIsValid() throws Exception {
        Path shipped = Path.of(System.getProperty("astropol.root"), "config/tiers.yaml");
        var cfg = TiersConfigFile.read(shipped);
        assertThat(cfg.weights()).containsKeys("firsts", "launches", "spacecraft", "budget").doesNotContainKeys("cooperation", "industrial-base");
        assertThat(cfg.launchAttribution()).isEqualTo("provider-parent");
        assertThat(json("tiers", "--config", shipped.toString(), "--format", "json").get("states").isArray()).isTrue();
    }

    @Test
    void validationAnswersPerReferenceAndAttributionIsAnOption() throws Exception {
        JsonNode v = json("tiers", "--validate", "--bootstrap", "50", "--format", "json");
        assertThat(v.get("launchAttribution").asText()).isEqualTo("provider-parent");
        assertThat(v.get("references").isArray()).isTrue();
        for (JsonNode r : v.get("references")) {
            for (String k : new String[]{"reference", "asOf", "n", "rho", "ci95", "rhoWeightDraws", "rhoByAttribution", "disagreements"}) assertThat(r.has(k)).as(k).isTrue();
        }
        assertThat(json("tiers", "--launch-attribution", "site-state", "--format", "json").get("launchAttribution").asText()).isEqualTo("site-state");
        Run bad = run("tiers", "--launch-attribution", "payload-state");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("provider-parent");
    }
}
