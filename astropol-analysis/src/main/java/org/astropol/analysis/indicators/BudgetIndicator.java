package org.astropol.analysis.indicators;

import org.astropol.analysis.Ties;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Government space budget in USD billion: the latest year's space-budget or civil-space-budget statement (the larger
 * of the two that year) at most budgetMaxAgeYears before the day's year, converted with the cited usd-exchange-rate of the
 * budget's own year (units of the currency per US dollar). Without that year's rate the nearest year's is used and
 * flagged; without any rate for the currency, or without a budget, the value is missing (not zero).
 */
public final class BudgetIndicator implements IndexIndicator {
    @Override public String id() { return "budget"; }

    @Override public String definition() {
        return "latest space-budget or civil-space-budget within budgetMaxAgeYears, USD billion at the usd-exchange-rate of the budget's year; missing when none";
    }

    record Converted(Statement budget, int year, double usd, Statement rate, String flag) {}

    @Override public Measure measure(IndicatorContext ctx, String state, Set<String> lineage) {
        Converted best = null;
        List<String> unconvertible = new ArrayList<>();
        for (String property : List.of("space-budget", "civil-space-budget")) {
            for (Statement st : ctx.statements(property, state)) {
                Value.Quantity q = (Value.Quantity) st.value();
                int y = q.year() != null ? q.year() : st.valid().anchor() != null ? st.valid().anchor().year() : 0;
                if (y > ctx.lastYear() || y < ctx.lastYear() - ctx.budgetMaxAgeYears() || q.currency() == null) continue;
                Converted c = convert(ctx, st, q, y);
                if (c == null) { unconvertible.add(q.currency() + " " + y); continue; }
                if (best == null || y > best.year() || (y == best.year() && c.usd() > best.usd())) best = c;
            }
        }
        if (best == null) {
            return Measure.missing(unconvertible.isEmpty() ? "no budget statement " + (ctx.lastYear() - ctx.budgetMaxAgeYears()) + "-" + ctx.lastYear()
                    : "no usd-exchange-rate for " + String.join(", ", unconvertible));
        }
        List<Ties.Trace> records = new ArrayList<>(List.of(IndicatorContext.trace(best.budget())));
        String rate = "";
        if (best.rate() != null) {
            records.add(IndicatorContext.trace(best.rate()));
            rate = ", at " + ((Value.Quantity) best.rate().value()).amount().stripTrailingZeros().toPlainString() + " per USD";
        }
        String detail = "USD billion, " + best.budget().property() + " " + best.year() + " (" + best.budget().value().display() + rate + ")";
        int bestYear = best.year();
        List<String> later = unconvertible.stream().filter(u -> Integer.parseInt(u.substring(4)) > bestYear).distinct().sorted().toList();
        String flag = best.flag();
        if (!later.isEmpty()) flag = (flag == null ? "" : flag + "; ") + "later budgets without a usd-exchange-rate: " + String.join(", ", later);
        return new Measure(best.usd() / 1e9, detail, records, flag);
    }

    /** The budget in USD with the rate of its year, else of the nearest year (flagged; the earlier on a tie); null without any rate. */
    static Converted convert(IndicatorContext ctx, Statement budget, Value.Quantity q, int year) {
        double amount = WindowSum.amount(budget);
        if (q.currency().equals("USD")) return new Converted(budget, year, amount, null, null);
        List<Statement> rates = new java.util.ArrayList<>();
        for (List<Statement> of : ctx.statements(org.astropol.analysis.ExchangeRates.PROPERTY).values()) rates.addAll(of);
        Statement nearest = org.astropol.analysis.ExchangeRates.nearest(rates, q.currency(), year);
        if (nearest == null) return null;
        int nearestYear = org.astropol.analysis.ExchangeRates.year(nearest);
        double perUsd = org.astropol.analysis.ExchangeRates.perUsd(nearest);
        String flag = nearestYear == year ? null : "exchange rate of " + nearestYear + " (none cited for " + q.currency() + " " + year + ")";
        return new Converted(budget, year, amount / perUsd, nearest, flag);
    }
}
