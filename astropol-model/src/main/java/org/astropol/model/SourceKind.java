package org.astropol.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of evidence a source is. Assigned from the reviewed publisher table (data/sources/publishers.yaml), not by
 * the source record, so a source cannot be relabelled to silence a warning. Encyclopedias and aggregators (mirrors,
 * reposts, machine translations) are weak: a fact resting only on them is flagged.
 */
public enum SourceKind {
    OFFICIAL_RECORD, OFFICIAL_STATEMENT, TREATY_RECORD, DATASET, SCHOLARLY, NEWS, ENCYCLOPEDIA, AGGREGATOR;

    /** The kinds used before the publisher table, and the kind each one meant, for a clear message when one is still written. */
    public static final Map<String, String> RENAMED = Map.of("paper", "scholarly", "book", "scholarly", "article", "news or scholarly",
            "report", "official-record or scholarly", "press-release", "official-statement", "law", "official-record",
            "un-document", "official-record", "web-page", "the kind the publisher table gives");

    public String key() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    public static Optional<SourceKind> fromKey(String k) {
        return Arrays.stream(values()).filter(s -> s.key().equals(k)).findFirst();
    }

    /** Tertiary or copied material: never enough alone for a membership, signature, tally or first. */
    public boolean isWeak() { return this == ENCYCLOPEDIA || this == AGGREGATOR; }
}
