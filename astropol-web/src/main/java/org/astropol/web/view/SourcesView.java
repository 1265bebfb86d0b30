package org.astropol.web.view;

import java.util.List;

/** /sources ({@code sources.jte}): every registered source, the target of the footnotes' links ({@code #src-ID}). */
public record SourcesView(List<Item> sources) {
    /**
     * @param authors   the authors joined, or null
     * @param url       the web address when it is one (http or https), else null
     * @param readerHref the document reader when the source's text is ingested, else null
     */
    public record Item(String id, String title, String authors, String publisher, String date, String kind, String url, String doi,
                       String readerHref) {}
}
