package org.astropol.web.view;

import java.util.List;

/**
 * /search ({@code search.jte}): the form with the query and type of the URL, the entities matching by id, name or
 * alias, the statements mentioning the query, and the passages of ingested documents that match it.
 *
 * @param q     the query, or null when none was given
 * @param type  the entity type asked for, or null for any
 * @param count how many entities match (the list shows the first 100)
 */
public record SearchView(String q, String type, List<String> types, int count, List<Hit> entities, List<StatementHit> statements,
                         List<DocumentHit> documents) {
    public String title() { return q == null ? "Search" : "Search: " + q; }

    /** @param matched the name or alias that matched, shown when it is neither the name nor the id; {@code lang} its language or null */
    public record Hit(Ref entity, String type, String kind, String matched, String lang) {
        public boolean showMatched() { return !matched.equals(entity.name()) && !matched.equals(entity.id()); }
    }

    public record StatementHit(Ref subject, String property, String value) {}

    /** A passage of an ingested document, linked to its place in the reader; its snippet in pieces, the query's terms marked. */
    public record DocumentHit(String href, String title, List<Piece> snippet) {}

    public record Piece(String text, boolean marked) {}
}
