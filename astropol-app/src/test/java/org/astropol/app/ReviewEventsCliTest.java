package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Membership events from press releases through ingest, review and members, as a user runs them, on a temporary copy
 * of the repository's data/ (the synthetic releases under src/test/resources/review-events, see its README).
 */
class ReviewEventsCliTest extends CliTestBase {
    private static final ObjectMapper M = new ObjectMapper();

    /** The repository's own data/ and the synthetic releases, not the curation fixture. */
    @Override
    void populate(Path root) throws Exception {
        Path repo = Path.of(System.getProperty("astropol.root"));
        copyTree(repo.resolve("data"), data);
        copyTree(repo.resolve("astropol-app/src/test/resources/review-events"), root.resolve("docs"));
        // the synthetic releases' site, so check can give their sources a kind
        String table = Files.readString(data.resolve("sources/publishers.yaml"));
        Files.writeString(data.resolve("sources/publishers.yaml"), table.stripTrailing()
                + "\n  - {domain: example.org, kind: official-statement, reason: \"synthetic test releases\"}\n");
    }

    private List<JsonNode> candidates(String file) throws Exception {
        Run r = run("review", "list", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : M.readTree(r.out()).get("candidates")) if (c.get("file").asText().equals(file) && c.get("type").asText().equals("membership")) out.add(c);
        return out;
    }

    private JsonNode member(String group, String asOf, String id, String... stage) throws Exception {
        List<String> args = new ArrayList<>(List.of("members", group, "--as-of", asOf, "--format", "json"));
        if (stage.length > 0) { args.add("--stage"); args.add(stage[0]); }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        for (JsonNode m : M.readTree(r.out()).get("members")) if (m.get("id").asText().equals(id)) return m;
        return null;
    }

    @Test
    void aSignatureAcceptedFromAPressReleaseMakesTheStateASignatoryWithTheQuoteAsItsCitation() throws Exception {
        assertThat(member("artemis-accords", "2026-03-12", "KEN")).as("not a signatory before").isNull();
        Run ingest = run("ingest", tmp.resolve("docs/signed").toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        List<JsonNode> cs = candidates("kenya-signs-artemis-accords.txt");
        assertThat(cs).hasSize(1);
        JsonNode k = cs.get(0);
        assertThat(k.get("subjects")).extracting(JsonNode::asText).containsExactly("KEN");
        assertThat(k.get("object").asText()).isEqualTo("artemis-accords");
        assertThat(k.get("value").asText()).isEqualTo("signature");
        assertThat(k.get("date").asText()).isEqualTo("2026-03-12");
        assertThat(k.get("conflicts")).isEmpty();
        assertThat(k.get("corroborates")).isEmpty();

        Run acc = run("review", "accept", k.get("id").asText());
        assertThat(acc.code()).as(acc.err()).isZero();
        String yaml = Files.readString(data.resolve("reviewed/accepted.yaml"));
        assertThat(yaml).contains("memberships:").contains("group: \"artemis-accords\"").contains("member: \"KEN\"")
                .contains("since: \"2026-03-12\"").contains("quote: \"Kenya signed the Artemis Accords on 12 March 2026 in Nairobi.\"")
                .doesNotContain("statements:");
        assertThat(run("check").code()).isZero();

        JsonNode ken = member("artemis-accords", "2026-03-12", "KEN");
        assertThat(ken).as("a signatory on the day").isNotNull();
        assertThat(ken.get("stage").asText()).isEqualTo("signed");
        JsonNode source = ken.get("sources").get(0);
        assertThat(source.get("locator").asText()).isEqualTo("Kenya signed the Artemis Accords on 12 March 2026 in Nairobi.");
        assertThat(source.get("locatorKind").asText()).isEqualTo("quote");
        assertThat(member("artemis-accords", "2026-03-11", "KEN")).as("not the day before").isNull();
        assertThat(run("review", "accept", k.get("id").asText()).err()).contains("already accepted");
    }

    @Test
    void anAnnouncementIsAnAnnouncedCandidateThatDoesNotChangeTheMembers() throws Exception {
        assertThat(run("ingest", tmp.resolve("docs/announced").toString()).code()).isZero();
        List<JsonNode> cs = candidates("egypt-announces-artemis-accords.txt");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).get("value").asText()).isEqualTo("announced");
        assertThat(cs.get(0).get("subjects")).extracting(JsonNode::asText).containsExactly("EGY");
        Run acc = run("review", "accept", cs.get(0).get("id").asText());
        assertThat(acc.code()).as(acc.err()).isZero();
        assertThat(Files.readString(data.resolve("reviewed/accepted.yaml"))).contains("member: \"EGY\"").contains("stage: \"announced\"");
        assertThat(member("artemis-accords", "2026-06-30", "EGY")).as("an announcement is not a signature").isNull();
        assertThat(member("artemis-accords", "2026-06-30", "EGY", "announced")).isNotNull();
    }

    @Test
    void aRepeatedSignatureCorroboratesTheRecordAndAnotherDateIsAConflictThatKeepsBoth() throws Exception {
        assertThat(run("ingest", tmp.resolve("docs/repeated").toString()).code()).isZero();
        List<JsonNode> cs = candidates("artemis-signatories.txt");
        assertThat(cs).hasSize(2);
        JsonNode japan = cs.get(0), canada = cs.get(1);
        assertThat(japan.get("subjects").get(0).asText()).isEqualTo("JPN");
        assertThat(japan.get("corroborates")).hasSize(1);
        assertThat(japan.get("corroborates").get(0).asText()).startsWith("kb: membership artemis-accords JPN signed since 2020-10-13")
                .contains("data/coalitions/artemis.yaml:");
        assertThat(japan.get("conflicts")).isEmpty();
        assertThat(canada.get("conflicts")).hasSize(1);
        assertThat(canada.get("conflicts").get(0).asText()).startsWith("kb: membership artemis-accords CAN signed since 2020-10-13");

        String artemisBefore = Files.readString(data.resolve("coalitions/artemis.yaml"));
        Run a1 = run("review", "accept", japan.get("id").asText());
        assertThat(a1.code()).as(a1.err()).isZero();
        assertThat(a1.out()).contains("as a citation of the record");
        String artemis = Files.readString(data.resolve("coalitions/artemis.yaml"));
        assertThat(artemis.length()).isGreaterThan(artemisBefore.length());
        assertThat(artemis).contains("quote: \"Japan signed the Artemis Accords on 13 October 2020.\"");
        assertThat(Files.readString(data.resolve("reviewed/accepted.yaml"))).doesNotContain("member: \"JPN\"");
        JsonNode jpn = member("artemis-accords", "2021-01-01", "JPN");
        assertThat(jpn.get("sources")).extracting(s -> s.get("locator").asText()).contains("Japan signed the Artemis Accords on 13 October 2020.");

        Run a2 = run("review", "accept", canada.get("id").asText());
        assertThat(a2.code()).as(a2.err()).isZero();
        assertThat(Files.readString(data.resolve("reviewed/accepted.yaml"))).contains("member: \"CAN\"").contains("since: \"2020-11-20\"")
                .contains("status: \"disputed\"");
        assertThat(run("check").code()).isZero();
        JsonNode can = member("artemis-accords", "2020-10-31", "CAN");
        assertThat(can.get("stage").asText()).as("the old record kept, now disputed").isEqualTo("signed");
        assertThat(can.get("status").asText()).isEqualTo("disputed");
    }
}
