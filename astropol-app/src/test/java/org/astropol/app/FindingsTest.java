package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.analysis.SeedClaims;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.curation.CuratedDataReader;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.RollCall;
import org.astropol.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/findings.md against the repository's data and claims: every claim gets a verdict from the allowed three,
 * every record id behind a verdict exists, the committed report is the one the data gives today, and every quote is
 * in its corpus document (when ../shared is there).
 */
class FindingsTest extends CliTestBase {
    static final Path ROOT = Path.of(System.getProperty("astropol.root"));
    static KnowledgeBase kb;
    static List<RollCall> rollCalls;
    static List<SeedClaims.Claim> claims;
    static List<SeedClaims.Finding> findings;

    @BeforeAll
    static void evaluate() throws Exception {
        var r = CuratedDataReader.read(ROOT.resolve("data"));
        assertThat(r.problems()).isEmpty();
        kb = r.knowledgeBase();
        rollCalls = r.rollCalls();
        claims = ClaimsFile.read(ROOT.resolve("config/findings.yaml"));
        SpacePowerIndex.Config cfg = TiersConfigFile.read(ROOT.resolve("config/tiers.yaml"));
        Map<java.time.LocalDate, SpacePowerIndex.Result> cache = new HashMap<>();
        findings = SeedClaims.evaluate(new SeedClaims.Inputs(kb, rollCalls, d -> cache.computeIfAbsent(d, x -> SpacePowerIndex.of(kb, x, cfg))), claims);
    }

    @Test
    void everyClaimCitesACorpusDocumentAndGetsOneOfTheThreeVerdicts() {
        assertThat(claims).hasSizeGreaterThanOrEqualTo(15);
        for (SeedClaims.Finding f : findings) {
            Source s = kb.source(f.claim().source()).orElseThrow(() -> new AssertionError(f.claim().id() + ": unregistered source " + f.claim().source()));
            assertThat(s.document()).as(f.claim().id() + " cites a corpus document").isNotBlank();
            assertThat(f.verdict()).isIn(SeedClaims.REPRODUCED, SeedClaims.CONTRADICTED, SeedClaims.NOT_TESTABLE);
            assertThat(f.why()).as(f.claim().id() + " says why").isNotBlank();
            if (!f.verdict().equals(SeedClaims.NOT_TESTABLE)) {
                assertThat(f.figure()).as(f.claim().id()).isNotBlank();
                assertThat(f.evidence()).as(f.claim().id() + " names its records").isNotEmpty();
            }
            // a test that could not run is a mistake in the claims file, not a finding
            assertThat(f.why()).as(f.claim().id()).doesNotStartWith("the test could not run");
        }
        // the claims are all there: tiers, firsts, coalition sizes, votes, density, budgets, phases
        assertThat(claims).extracting(SeedClaims.Claim::test)
                .contains("index-order", "first-position", "members-compare", "vote-alignment", "density-compare", "budget", "phases");
    }

    @Test
    void everyRecordIdBehindAVerdictExists() {
        Set<String> ids = new HashSet<>();
        kb.statements().forEach(s -> ids.add(s.id()));
        kb.relationships().forEach(r -> ids.add(r.id()));
        kb.entities().forEach(e -> ids.add(e.id()));
        rollCalls.forEach(rc -> ids.add(rc.id()));
        for (SeedClaims.Finding f : findings) {
            assertThat(ids).as(f.claim().id() + "'s records").containsAll(f.evidence());
        }
    }

    @Test
    void theCommittedReportIsTheOneTheDataGivesToday() throws Exception {
        String md = Files.readString(ROOT.resolve("docs/findings.md"));
        Map<String, String> written = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^## (\\S+)\\n\\n(?:.*\\n\\n){2}\\*\\*Verdict: ([a-z ]+)\\.\\*\\*").matcher(md);
        while (m.find()) written.put(m.group(1), m.group(2));
        for (SeedClaims.Finding f : findings) {
            assertThat(written.get(f.claim().id()))
                    .as("docs/findings.md is stale for " + f.claim().id() + ": run ./astropol findings --output docs/findings.md")
                    .isEqualTo(f.verdict());
        }
        assertThat(written).hasSameSizeAs(findings);
    }

    @Test
    void everyQuoteIsInItsCorpusDocument() throws Exception {
        Path corpus = ROOT.resolve("../shared/corpus").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "SKIPPED: ../shared/corpus is absent, quotes not checked");
        for (SeedClaims.Claim c : claims) {
            String text = Files.readString(corpus.resolve(kb.source(c.source()).orElseThrow().document())).replaceAll("\\s+", " ");
            assertThat(text).as(c.id() + "'s quote").contains(c.quote().replaceAll("\\s+", " "));
        }
    }

    @Test
    void theCommandWritesTheReportAndRefusesABadClaimsFileWithFileLineAndField() throws Exception {
        Path claimsFile = tmp.resolve("claims.yaml");
        Files.writeString(claimsFile, """
                claims:
                  - id: one
                    source: s
                    quote: q
                    claim: c
                    test: not-testable
                    why: nothing to measure
                """);
        Path out = tmp.resolve("findings.md");
        Run ok = run("findings", "--claims", claimsFile.toString(), "--output", out.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(Files.readString(out)).contains("## one").contains("**Verdict: not testable.** nothing to measure");
        Run json = run("findings", "--claims", claimsFile.toString(), "--format", "json");
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertThat(node.get("findings").get(0).get("verdict").asText()).isEqualTo("not testable");

        Files.writeString(claimsFile, """
                claims:
                  - id: one
                    source: s
                    quote: q
                    claim: c
                    test: guess
                """);
        String before = Files.readString(out);
        Run bad = run("findings", "--claims", claimsFile.toString(), "--output", out.toString());
        assertThat(bad.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(bad.err()).contains("claims.yaml:2: test: unknown test 'guess'");
        assertThat(Files.readString(out)).as("a failed run leaves the previous report").isEqualTo(before);
    }
}
