package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.curation.CuratedDataReader;
import org.astropol.ingest.DocumentLoader;
import org.astropol.ingest.Extractor;
import org.astropol.ingest.Gazetteer;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores linking and extraction on real text in French, Spanish, Russian and Chinese: the law texts of
 * ../shared/corpus-law annotated by hand (src/test/resources/evaluation/law-i18n/law-{dev,test}.json: offsets, ids and
 * values, the SHA-256 of each file, no text; written by tools/eval/law-annotations.py). Each paragraph is an item, split
 * into development and test by the hash of its id; predictions count inside the part's paragraphs only. The test
 * part was committed before it was first scored and is checked here by its SHA-256. Prints P/R/F1 per language and
 * kind; targets apply where a language and kind has at least 30 gold items. Run the development part with
 * -Dastropol.eval.part=dev (-Dastropol.eval.misses=KIND or all lists its errors). A second set, law-en-*.json, scores
 * the dates of the English treaties and GA resolutions the same way. See docs/evaluation.md.
 */
class EvaluationLawI18nTest {
    /** SHA-256 of law-test.json as committed (1ef49df) before any scoring. */
    static final String TEST_PART_SHA256 = "c2ee5b74f66f7a6995c2a48f21afc0307ddc0584a67586d60f2d37fa15cd6ff6";
    /** SHA-256 of law-en-test.json as committed (4aa7271) before the extractor read dates written in words. */
    static final String EN_TEST_PART_SHA256 = "90bbc86a69a5e5caec59edd8bc08b2fb109d054495aa9e95a1ea3eea66bc6c30";
    static final List<String> LANGUAGES = List.of("fr", "es", "ru", "zh");
    /** "dates" is day precision (the kind); "dates, any precision" adds the years of ranges and sessions. */
    static final List<String> KINDS = List.of("states", "organisations", "dates", "dates, any precision", "amounts");
    static final Map<String, Double> TARGETS = Map.of("states", 0.90, "dates", 0.85, "amounts", 0.85);
    static final int MIN_GOLD_FOR_TARGET = 30;

    @Test
    void scoresPerLanguageAndKindOnTheLawTexts() throws Exception {
        score("law", TEST_PART_SHA256, LANGUAGES, KINDS, "Law texts in four languages (hand-annotated, real text)");
    }

    /** The English treaties and GA resolutions, dates only (law-en-*.json, committed before dates in words were read). */
    @Test
    void scoresTheDatesOfTheEnglishLawTexts() throws Exception {
        score("law-en", EN_TEST_PART_SHA256, List.of("en"), List.of("dates", "dates, any precision"), "English law texts, dates (hand-annotated, real text)");
    }

    private void score(String set, String testSha256, List<String> languages, List<String> kinds, String title) throws Exception {
        String part = System.getProperty("astropol.eval.part", "test");
        byte[] annotations = getClass().getResourceAsStream("/evaluation/law-i18n/" + set + "-" + part + ".json").readAllBytes();
        if (part.equals("test")) assertThat(DocumentLoader.sha256(annotations)).as(set + " test part changed since it was committed").isEqualTo(testSha256);
        Path shared = EvaluationTest.SHARED;
        assumeTrue(Files.isDirectory(shared.resolve("corpus-law")), shared.resolve("corpus-law") + " not present (set -Dastropol.shared=DIR): law-text evaluation skipped");
        Path data = System.getProperty("astropol.eval.data") != null ? Path.of(System.getProperty("astropol.eval.data")) : EvaluationTest.ROOT.resolve("data");
        var read = CuratedDataReader.read(data);
        assumeTrue(read.ok(), "knowledge base at " + data + " does not pass check: skipped");
        KnowledgeBase kb = read.knowledgeBase();
        JsonNode root = new ObjectMapper().readTree(annotations);
        for (JsonNode d : root.get("documents")) {
            Path file = shared.resolve(d.get("file").asText());
            assumeTrue(Files.isRegularFile(file), file + " not present: law-text evaluation skipped");
            assumeTrue(DocumentLoader.sha256(Files.readAllBytes(file)).equals(d.get("sha256").asText()), file + " changed since it was annotated: skipped");
        }
        Extractor extractor = new Extractor(Gazetteer.of(kb));
        String misses = System.getProperty("astropol.eval.misses");

        Map<String, EvaluationTest.Score> scores = new LinkedHashMap<>();
        for (JsonNode d : root.get("documents")) {
            String lang = d.get("lang").asText();
            String text = new String(Files.readAllBytes(shared.resolve(d.get("file").asText())), StandardCharsets.UTF_8);
            List<int[]> regions = new ArrayList<>();
            for (JsonNode r : d.get("regions")) regions.add(new int[]{r.get("start").asInt(), r.get("end").asInt()});
            Map<String, List<EvaluationTest.Span>> g = new LinkedHashMap<>(), p = new LinkedHashMap<>();
            for (String k : KINDS) { g.put(k, new ArrayList<>()); p.put(k, new ArrayList<>()); }
            for (JsonNode x : d.get("states")) g.get("states").add(span(x, x.get("id").asText()));
            for (JsonNode x : d.get("organisations")) g.get("organisations").add(span(x, x.get("id").asText()));
            for (JsonNode x : d.get("dates")) {
                g.get("dates, any precision").add(span(x, x.get("value").asText()));
                if (x.get("precision").asText().equals("day")) g.get("dates").add(span(x, x.get("value").asText()));
            }
            for (JsonNode x : d.get("amounts")) g.get("amounts").add(span(x, amount(new BigDecimal(x.get("value").asText()), x.get("currency").asText())));

            var r = extractor.extract(text);
            for (var m : r.mentions()) {
                if (!inside(regions, m.start(), m.end())) continue;
                var type = kb.entity(m.id()).map(e -> e.type()).orElse(null);
                if (type == EntityType.STATE) p.get("states").add(new EvaluationTest.Span(m.start(), m.end(), m.id()));
                if (type == EntityType.ORGANISATION) p.get("organisations").add(new EvaluationTest.Span(m.start(), m.end(), m.id()));
            }
            for (var x : r.dates()) {
                if (!inside(regions, x.start(), x.end()) || x.precision().equals("decade")) continue;
                p.get("dates, any precision").add(new EvaluationTest.Span(x.start(), x.end(), x.value()));
                if (x.precision().equals("day")) p.get("dates").add(new EvaluationTest.Span(x.start(), x.end(), x.value()));
            }
            for (var q : r.quantities()) if (q.currency() != null && inside(regions, q.start(), q.end()))
                p.get("amounts").add(new EvaluationTest.Span(q.start(), q.end(), amount(q.value(), q.currency())));

            for (String k : kinds) {
                scores.merge(EvaluationTest.key(lang, k), EvaluationTest.score(g.get(k), p.get(k)), EvaluationTest.Score::plus);
                if ((k.equals(misses) || "all".equals(misses)) && !part.equals("test")) printMisses(k + " " + d.get("file").asText(), text, g.get(k), p.get(k));
            }
        }

        var table = EvaluationTest.scoreTable(languages, kinds, scores, TARGETS, MIN_GOLD_FOR_TARGET);
        System.out.println(title + ", " + part + " part:\n" + table.markdown());
        if (part.equals("test")) assertThat(table.missed()).as("targets missed on the " + set + " test part").isEmpty();
    }

    private static boolean inside(List<int[]> regions, int start, int end) {
        for (int[] r : regions) if (r[0] <= start && end <= r[1]) return true;
        return false;
    }

    /** Gold spans no prediction matched, and predictions no gold span matched (same matching as the score). */
    private static void printMisses(String file, String text, List<EvaluationTest.Span> gold, List<EvaluationTest.Span> predicted) {
        boolean[] used = new boolean[predicted.size()];
        for (var g : gold) {
            boolean hit = false;
            for (int i = 0; i < predicted.size() && !hit; i++) {
                var p = predicted.get(i);
                if (!used[i] && p.start() < g.end() && g.start() < p.end() && p.key().equals(g.key())) { used[i] = true; hit = true; }
            }
            if (!hit) System.out.println("MISS " + file + " gold " + g.key() + " \"" + text.substring(g.start(), g.end()).replace('\n', ' ') + "\"");
        }
        for (int i = 0; i < predicted.size(); i++) if (!used[i]) {
            var p = predicted.get(i);
            System.out.println("SPURIOUS " + file + " predicted " + p.key() + " \"" + text.substring(p.start(), p.end()).replace('\n', ' ') + "\"");
        }
    }

    private static EvaluationTest.Span span(JsonNode x, String key) {
        return new EvaluationTest.Span(x.get("start").asInt(), x.get("end").asInt(), key);
    }

    private static String amount(BigDecimal v, String unit) { return v.stripTrailingZeros().toPlainString() + " " + unit; }
}
