package org.astropol.analysis.indicators;

import org.astropol.analysis.Ties;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sum of one-year counts over the window of years ending with the day's year; for a year with several statements the largest. */
final class WindowSum {
    private WindowSum() {}

    static Measure of(IndicatorContext ctx, String property, String subject, String what) {
        Map<Integer, Statement> byYear = new TreeMap<>();
        for (Statement st : ctx.statements(property, subject)) {
            if (st.valid().from() == null) continue;
            int y = st.valid().from().year();
            if (y < ctx.firstYear() || y > ctx.lastYear()) continue;
            byYear.merge(y, st, (a, b) -> amount(b) > amount(a) ? b : a);
        }
        double total = 0;
        List<Ties.Trace> records = new ArrayList<>();
        for (Statement st : byYear.values()) { total += amount(st); records.add(IndicatorContext.trace(st)); }
        return Measure.of(total, what + " " + ctx.firstYear() + "-" + ctx.lastYear() + " (" + property + ")", records);
    }

    static double amount(Statement s) {
        Value.Quantity q = (Value.Quantity) s.value();
        return q.max() == null ? q.amount().doubleValue() : (q.amount().doubleValue() + q.max().doubleValue()) / 2;
    }
}
