package org.astropol.analysis.indicators;

import org.astropol.analysis.Firsts;
import org.astropol.analysis.Ties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How many of a list of capabilities the state (or, with inherited lineage, a predecessor) achieved by the day, from
 * the events of {@code firsts}: the shared rule of the capability indicators.
 */
abstract class CapabilityIndicator implements IndexIndicator {
    /** The capabilities counted, from the context's configuration. */
    abstract List<String> capabilities(IndicatorContext ctx);

    @Override public Measure measure(IndicatorContext ctx, String state, Set<String> lineage) {
        int count = 0;
        List<Ties.Trace> records = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (String c : capabilities(ctx)) {
            Firsts.Achiever best = null;
            for (String s : lineage) {
                Firsts.Achiever a = ctx.achievers(c).get(s);
                if (a != null && (best == null || a.date().compareTo(best.date()) < 0)) best = a;
            }
            if (best == null) continue;
            count++;
            got.add(c + " " + best.date() + (best.id().equals(state) ? "" : " (" + best.id() + ")"));
            for (String ev : best.events()) records.add(new Ties.Trace(ev, ctx.kb().entity(ev).map(e -> e.origin().toString()).orElse("")));
        }
        return Measure.of(count, String.join("; ", got), records);
    }
}
