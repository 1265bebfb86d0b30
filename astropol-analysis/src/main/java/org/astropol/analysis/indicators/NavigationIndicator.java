package org.astropol.analysis.indicators;

import org.astropol.analysis.Ties;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.Validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Own satellite navigation: 1 when a navigation system (space system of kind navigation-system) of the state or a
 * predecessor had begun by the day. A yes/no, not a count, so that curating BeiDou's three generations as three
 * systems does not weigh more than one GPS.
 */
public final class NavigationIndicator implements IndexIndicator {
    @Override public String id() { return "navigation"; }

    @Override public String definition() { return "1 when a navigation-system space system of the state (or a predecessor) had begun"; }

    @Override public Measure measure(IndicatorContext ctx, String state, Set<String> lineage) {
        List<Ties.Trace> records = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Entity e : ctx.kb().entities()) {
            if (e.type() != EntityType.SPACE_SYSTEM || !"navigation-system".equals(e.kind()) || e.country() == null || !lineage.contains(e.country())) continue;
            if (e.existence().from() != null && !Validity.reached(e.existence().from(), ctx.asOf())) continue;
            records.add(new Ties.Trace(e.id(), e.origin().toString()));
            names.add(e.id());
        }
        return Measure.of(records.isEmpty() ? 0 : 1, names.isEmpty() ? "" : "navigation systems: " + String.join(", ", names), records);
    }
}
