package org.astropol.web.view;

/**
 * One numbered footnote ({@code tag/footnotes.jte}): a source with the locator the statement cites (a quote, a page or
 * a section), its kind (official record, news ...), a link when it has a web address, and the reader's passage or
 * document when the text is ingested ({@code readerHref}, else null).
 */
public record SourceNote(int n, String id, String title, String kind, String locator, String locatorKind, String url, String readerHref,
                         boolean readerPassage) {
    public boolean webLink() { return url != null && (url.startsWith("https://") || url.startsWith("http://")); }
    public boolean hasLocator() { return locator != null && !locator.isBlank(); }
}
