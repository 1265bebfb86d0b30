package org.astropol.web;

import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds entities by id, name or alias in any script (case and accents ignored), and statements whose text or
 * note mentions the query. Plain string matching in memory: no query language, nothing to inject.
 */
public final class Search {
    private Search() {}

    public record EntityHit(String id, String type, String kind, String name, String matched, String lang, int rank) {}

    public record StatementHit(String id, String subject, String subjectName, String property, String value, String note) {}

    public record Result(String query, String type, int count, List<EntityHit> entities, List<StatementHit> statements) {}

    public static Result of(KnowledgeBase kb, String query, EntityType type, int limit) {
        String q = query == null ? "" : fold(query);
        List<EntityHit> hits = new ArrayList<>();
        for (Entity e : kb.entities()) {
            if (type != null && e.type() != type) continue;
            EntityHit best = null;
            if (q.isEmpty()) best = hit(e, e.name(), "en", 3);
            else {
                int r = rank(fold(e.id()), q);
                if (r >= 0) best = hit(e, e.id(), null, r);
                for (Name n : e.names()) {
                    int rn = rank(fold(n.text()), q);
                    if (rn >= 0 && (best == null || rn < best.rank())) best = hit(e, n.text(), n.lang(), rn);
                }
            }
            if (best != null) hits.add(best);
        }
        hits.sort(Comparator.comparingInt(EntityHit::rank).thenComparing(h -> h.name().toLowerCase(Locale.ROOT)).thenComparing(EntityHit::id));
        List<EntityHit> entities = hits.stream().limit(limit).toList();
        List<StatementHit> statements = new ArrayList<>();
        if (!q.isEmpty()) {
            for (Statement s : kb.statements()) {
                if (statements.size() >= limit) break;
                String text = s.value() instanceof Value.Text t ? t.text() : null;
                if ((text != null && fold(text).contains(q)) || (s.note() != null && fold(s.note()).contains(q))) {
                    if (type != null && kb.entity(s.subject()).map(e -> e.type() != type).orElse(true)) continue;
                    statements.add(new StatementHit(s.id(), s.subject(), kb.nameOf(s.subject()), s.property(), s.value().display(), s.note()));
                }
            }
        }
        return new Result(query == null ? "" : query, type == null ? null : type.key(), entities.size(), entities, statements);
    }

    private static EntityHit hit(Entity e, String matched, String lang, int rank) {
        return new EntityHit(e.id(), e.type().key(), e.kind(), e.name(), matched, lang, rank);
    }

    /** 0 exact, 1 prefix, 2 word prefix, 3 substring, -1 no match. */
    private static int rank(String text, String q) {
        if (text.equals(q)) return 0;
        if (text.startsWith(q)) return 1;
        int i = text.indexOf(q);
        if (i < 0) return -1;
        return Character.isLetterOrDigit(text.charAt(i - 1)) ? 3 : 2;
    }

    /** Lower case without accents, so "cote d'ivoire" finds "Côte d'Ivoire" and "роскосмос" finds "Роскосмос". */
    static String fold(String s) {
        String d = Normalizer.normalize(s.trim(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT);
    }
}
