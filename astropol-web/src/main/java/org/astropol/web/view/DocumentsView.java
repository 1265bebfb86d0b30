package org.astropol.web.view;

import java.util.List;

/** /documents ({@code documents.jte}) and /documents/{id} ({@code reader.jte}): the ingested documents and one of them to read. */
public record DocumentsView(List<Item> documents) {
    public record Item(String href, String title, String format, String date, int passages) {}

    /** @param passages each passage as pieces (built by AnalyticsPages.highlight), escaped by the template */
    public record Reader(String title, String format, int chars, String date, String language, String citation, String original,
                         List<Mention> linked, List<Passage> passages, String jsonHref) {}

    public record Mention(Ref entity, int mentions) {}

    /** A stored passage as pieces the template escapes one by one: plain text, and the entity mentions the linker found. */
    public record Passage(int start, List<Piece> pieces) {}

    /**
     * @param id   the mentioned entity's id, null for plain text
     * @param href the entity's page, null when the knowledge base no longer holds the id (shown marked, unlinked)
     */
    public record Piece(String text, String id, String href, String name) {}
}
