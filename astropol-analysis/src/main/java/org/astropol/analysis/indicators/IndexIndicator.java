package org.astropol.analysis.indicators;

import java.util.Set;

/**
 * One indicator of the space-power index (docs/analytics.md, "tiers"; weights in config/tiers.yaml). An indicator
 * measures one state from cited records only, never from how many records the knowledge base happens to hold.
 */
public interface IndexIndicator {
    /** The id used in config/tiers.yaml and in the answer. */
    String id();

    /** One sentence: what is counted, from which records. */
    String definition();

    /** The state's value on the context's day; {@link Measure#missing} when the data has no value for it. */
    Measure measure(IndicatorContext ctx, String state, Set<String> lineage);
}
