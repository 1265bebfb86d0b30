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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores linking and extraction in the six UN languages on the synthetic multilingual set (issue 15):
 * src/test/resources/evaluation/i18n/synthetic-{dev,test}.json, sentences stating cited facts of data/, written by
 * tools/eval/i18n-synthetic.py, gold offsets from the templates. The test part was committed before the extractor
 * was changed and is checked here by its SHA-256, so it cannot drift with the extractor. Scored apart from the
 * hand-annotated corpus set ({@link EvaluationTest}); prints P/R/F1 per language and kind (see docs/evaluation.md).
 * Run the development part with -Dastropol.eval.part=dev.
 */
class EvaluationI18nTest {
    /**
     * SHA-256 of synthetic-test.json. First committed in 52fbee4 (6df94c9f...) before any extractor change; re-issued
     * with the same sentences, split and gold spans and 49 of 501 amount values corrected to the figure as written
     * (the generator had rounded gold values to six significant digits, then kept more decimals than the text; both
     * seen on the development part, before the test part was ever scored).
     */
    static final String TEST_PART_SHA256 = "e8758422ca15b2b0599030bb3eee94de64ece0dda0e51cad00064334348a0117";
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");
    static final List<String> KINDS = List.of("states", "organisations", "dates", "amounts", "events");
    /** Targets (issue 15) applied once a language and kind has at least 30 gold items. */
    static final Map<String, Double> TARGETS = Map.of("states", 0.90, "dates", 0.85, "amounts", 0.85);

    @Test
    void scoresPerLanguageAndKind() throws Exception {
        String part = System.getProperty("astropol.eval.part", "test");
        byte[] bytes = getClass().getResourceAsStream("/evaluation/i18n/synthetic-" + part + ".json").readAllBytes();
        if (part.equals("test")) assertThat(DocumentLoader.sha256(bytes)).as("test part changed since it was committed").isEqualTo(TEST_PART_SHA256);
        Path data = System.getProperty("astropol.eval.data") != null ? Path.of(System.getProperty("astropol.eval.data")) : EvaluationTest.ROOT.resolve("data");
        var read = CuratedDataReader.read(data);
        assumeTrue(read.ok(), "knowledge base at " + data + " does not pass check: skipped");
        KnowledgeBase kb = read.knowledgeBase();
        Extractor extractor = new Extractor(Gazetteer.of(kb));

        Map<String, EvaluationTest.Score> scores = new LinkedHashMap<>();
        for (JsonNode it : new ObjectMapper().readTree(bytes).get("items")) {
            String lang = it.get("lang").asText(), text = it.get("text").asText();
            JsonNode gold = it.get("gold");
            var r = extractor.extract(text);
            Map<String, List<EvaluationTest.Span>> g = new LinkedHashMap<>(), p = new LinkedHashMap<>();
            for (String k : KINDS) { g.put(k, new ArrayList<>()); p.put(k, new ArrayList<>()); }
            for (JsonNode x : gold.get("states")) g.get("states").add(span(x, x.get("id").asText()));
            for (JsonNode x : gold.get("organisations")) g.get("organisations").add(span(x, x.get("id").asText()));
            for (JsonNode x : gold.get("dates")) g.get("dates").add(span(x, x.get("value").asText()));
            for (JsonNode x : gold.get("amounts")) g.get("amounts").add(span(x, amount(new BigDecimal(x.get("value").asText()), x.get("unit").asText())));
            for (JsonNode x : gold.get("events")) g.get("events").add(new EvaluationTest.Span(0, text.length(), event(x.get("member").asText(),
                    x.get("group").asText(), x.get("action").asText(), x.get("date").isNull() ? null : x.get("date").asText())));
            for (var m : r.mentions()) {
                var type = kb.entity(m.id()).map(e -> e.type()).orElse(null);
                if (type == EntityType.STATE) p.get("states").add(new EvaluationTest.Span(m.start(), m.end(), m.id()));
                if (type == EntityType.ORGANISATION) p.get("organisations").add(new EvaluationTest.Span(m.start(), m.end(), m.id()));
            }
            for (var d : r.dates()) if (d.precision().equals("day")) p.get("dates").add(new EvaluationTest.Span(d.start(), d.end(), d.value()));
            for (var q : r.quantities()) if (!"%".equals(q.unit())) p.get("amounts").add(new EvaluationTest.Span(q.start(), q.end(), amount(q.value(), q.currency() != null ? q.currency() : q.unit())));
            for (var c : r.statements()) {
                if (!c.type().equals("membership")) continue;
                for (String member : c.subjects()) p.get("events").add(new EvaluationTest.Span(0, text.length(), event(member, c.object(), c.value(), c.date())));
            }
            for (String k : KINDS) {
                var s = EvaluationTest.score(g.get(k), p.get(k));
                scores.merge(EvaluationTest.key(lang, k), s, EvaluationTest.Score::plus);
                // -Dastropol.eval.misses=KIND lists the sentences with errors of that kind (development part only)
                if (k.equals(System.getProperty("astropol.eval.misses")) && !part.equals("test") && (s.tp() < s.gold() || s.tp() < s.predicted()))
                    System.out.println("MISS " + lang + " " + k + ": " + text + " gold " + g.get(k) + " predicted " + p.get(k));
            }
        }
        var table = EvaluationTest.scoreTable(LANGUAGES, KINDS, scores, TARGETS, 30);
        System.out.println("Synthetic multilingual set, " + part + " part:\n" + table.markdown());
        if (part.equals("test")) assertThat(table.missed()).as("targets missed on the test part").isEmpty();
    }

    private static EvaluationTest.Span span(JsonNode x, String key) {
        return new EvaluationTest.Span(x.get("start").asInt(), x.get("end").asInt(), key);
    }

    private static String amount(BigDecimal v, String unit) { return v.stripTrailingZeros().toPlainString() + " " + unit; }

    /**
     * The key an event is scored on: member, group, date and stage. Signing, joining and acceding are one stage
     * here (entry): for the Artemis Accords and the ILRS, the set's two groups, adhering is signing, and the set's
     * gold calls every Artemis entry a signature whatever verb the sentence uses.
     */
    private static String event(String member, String group, String action, String date) {
        String stage = switch (action) { case "signature", "joining", "accession" -> "entry"; default -> action; };
        return member + " " + group + " " + stage + " " + date;
    }
}
