package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Source;

import java.util.List;

/** A citation resolved against the source registry, as every interface shows it. */
/** @param kind the source's kind from the publisher table (official-record, news, aggregator ...) */
public record SourceRef(String id, String title, String kind, String locator, String locatorKind, String url) {
    public static List<SourceRef> of(KnowledgeBase kb, List<Citation> citations) {
        return citations.stream().map(c -> {
            Source s = kb.source(c.sourceId()).orElse(null);
            String url = s == null ? null : (s.url() != null ? s.url() : s.doi() != null ? "https://doi.org/" + s.doi() : null);
            if (c.locatorKind() == Citation.LocatorKind.URL) url = c.locator();
            return new SourceRef(c.sourceId(), s == null ? c.sourceId() : s.title(), s == null ? null : s.kind(), c.locator(), c.locatorKind().key(), url);
        }).toList();
    }
}
