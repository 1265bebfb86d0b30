package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.curation.CuratedDataReader;
import org.astropol.ingest.DocumentLoader;
import org.astropol.ingest.Extractor;
import org.astropol.ingest.Gazetteer;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores linking and extraction against a hand-annotated evaluation set: two regions of two corpus documents
 * (src/test/resources/evaluation/annotations.json holds offsets and expected ids and values only; the text is
 * read from ../shared). A prediction matches an annotation when the spans overlap and the id (mentions), the
 * value (dates) or the value and currency (money) are equal; each annotation matches at most one prediction.
 * The knowledge base is data/ of the repository, or -Dastropol.eval.data=DIR. See docs/evaluation.md.
 */
class EvaluationTest {
    static final Path ROOT = Path.of(System.getProperty("astropol.root", "."));
    /** ../shared of the checkout, or -Dastropol.shared=DIR (a git worktree's parent is not the checkout's). */
    static final Path SHARED = System.getProperty("astropol.shared") != null ? Path.of(System.getProperty("astropol.shared")) : ROOT.resolve("../shared").normalize();

    record Span(int start, int end, String key) {}
    record Score(int tp, int gold, int predicted) {
        double precision() { return predicted == 0 ? 0 : (double) tp / predicted; }
        double recall() { return gold == 0 ? 0 : (double) tp / gold; }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        Score plus(Score o) { return new Score(tp + o.tp, gold + o.gold, predicted + o.predicted); }
        @Override public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d matched, %d annotated, %d predicted)", precision(), recall(), f1(), tp, gold, predicted);
        }
    }

    static Score score(List<Span> gold, List<Span> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        for (Span g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                Span p = predicted.get(i);
                if (!used[i] && p.start() < g.end() && g.start() < p.end() && Objects.equals(p.key(), g.key())) { used[i] = true; tp++; break; }
            }
        }
        return new Score(tp, gold.size(), predicted.size());
    }

    /** Scores per language and kind as a markdown table, and the targets missed (a target applies from {@code minGold} gold items). */
    record ScoreTable(String markdown, List<String> missed) {}

    /** @param scores keyed by {@link #key(String, String)} */
    static ScoreTable scoreTable(List<String> languages, List<String> kinds, java.util.Map<String, Score> scores, java.util.Map<String, Double> targets, int minGold) {
        StringBuilder table = new StringBuilder("| language | kind | precision | recall | F1 | matched / gold / predicted |\n|---|---|---|---|---|---|\n");
        List<String> missed = new ArrayList<>();
        for (String lang : languages) for (String k : kinds) {
            var s = scores.getOrDefault(key(lang, k), new Score(0, 0, 0));
            table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %d / %d / %d |%n", lang, k, s.precision(), s.recall(), s.f1(), s.tp(), s.gold(), s.predicted()));
            Double target = targets.get(k);
            if (target != null && s.gold() >= minGold && s.f1() < target) missed.add(lang + " " + k + String.format(Locale.ROOT, " F1 %.3f < %.2f", s.f1(), target));
        }
        return new ScoreTable(table.toString(), missed);
    }

    static String key(String language, String kind) { return language + "|" + kind; }

    static String money(BigDecimal value, String currency) { return value.stripTrailingZeros().toPlainString() + " " + currency; }

    @Test
    void linkingAndExtractionMeetTheTargetsOnTheHandAnnotatedSet() throws Exception {
        Path shared = SHARED;
        assumeTrue(Files.isDirectory(shared.resolve("corpus")), shared + " not present (set -Dastropol.shared=DIR): skipped");
        Path data = System.getProperty("astropol.eval.data") != null ? Path.of(System.getProperty("astropol.eval.data")) : ROOT.resolve("data");
        var read = CuratedDataReader.read(data);
        assumeTrue(read.ok(), "knowledge base at " + data + " does not pass check (" + read.problems().stream().limit(3).map(Object::toString).toList() + "): skipped");
        KnowledgeBase kb = read.knowledgeBase();
        JsonNode ann = new ObjectMapper().readTree(getClass().getResourceAsStream("/evaluation/annotations.json"));
        List<String> ids = new ArrayList<>();
        for (JsonNode d : ann.get("documents")) for (JsonNode m : d.get("mentions")) ids.add(m.get("id").asText());
        long missing = ids.stream().distinct().filter(id -> kb.entity(id).isEmpty()).count();
        assumeTrue(missing == 0, "knowledge base at " + data + " lacks " + missing + " of the annotated entities: skipped (use -Dastropol.eval.data=DIR)");

        Extractor extractor = new Extractor(Gazetteer.of(kb));
        Score mentions = new Score(0, 0, 0), dates = new Score(0, 0, 0), money = new Score(0, 0, 0);
        for (JsonNode d : ann.get("documents")) {
            Path file = shared.resolve(d.get("file").asText());
            byte[] bytes = Files.readAllBytes(file);
            assumeTrue(DocumentLoader.sha256(bytes).equals(d.get("sha256").asText()), file + " changed since it was annotated: skipped");
            int from = d.get("start").asInt(), to = d.get("end").asInt();
            var r = extractor.extract(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            List<Span> gm = new ArrayList<>(), pm = new ArrayList<>(), gd = new ArrayList<>(), pd = new ArrayList<>(), gq = new ArrayList<>(), pq = new ArrayList<>();
            for (JsonNode m : d.get("mentions")) gm.add(new Span(m.get("start").asInt(), m.get("end").asInt(), m.get("id").asText()));
            for (JsonNode m : d.get("dates")) gd.add(new Span(m.get("start").asInt(), m.get("end").asInt(), m.get("value").asText()));
            for (JsonNode m : d.get("money")) gq.add(new Span(m.get("start").asInt(), m.get("end").asInt(), money(new BigDecimal(m.get("value").asText()), m.get("currency").asText())));
            for (var m : r.mentions()) if (m.start() >= from && m.end() <= to) pm.add(new Span(m.start(), m.end(), m.id()));
            for (var m : r.dates()) if (m.start() >= from && m.end() <= to) pd.add(new Span(m.start(), m.end(), m.value()));
            for (var q : r.quantities()) if (q.currency() != null && q.start() >= from && q.end() <= to) pq.add(new Span(q.start(), q.end(), money(q.value(), q.currency())));
            Score sm = score(gm, pm), sd = score(gd, pd), sq = score(gq, pq);
            System.out.println("evaluation " + file.getFileName() + ": mentions " + sm + "; dates " + sd + "; money " + sq);
            mentions = mentions.plus(sm); dates = dates.plus(sd); money = money.plus(sq);
        }
        System.out.println("evaluation total: mentions " + mentions);
        System.out.println("evaluation total: dates    " + dates);
        System.out.println("evaluation total: money    " + money);
        assertThat(mentions.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(mentions.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(dates.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(money.f1()).isGreaterThanOrEqualTo(0.90);
    }
}
