package org.astropol.web.view;

import java.util.List;

/** /documents ({@code documents.jte}) and /documents/{id} ({@code reader.jte}): the ingested documents and one of them to read. */
public record DocumentsView(List<Item> documents) {
    public record Item(String href, String title, String format, String date, int passages) {}

    /** @param passages each passage as markup: its text escaped, entity mentions as links (built by AnalyticsPages.highlight) */
    public record Reader(String title, String format, int chars, String date, String language, String citation, String original,
                         List<Mention> linked, List<Passage> passages, String jsonHref) {}

    public record Mention(Ref entity, int mentions) {}

    public record Passage(int start, String html) {}
}
