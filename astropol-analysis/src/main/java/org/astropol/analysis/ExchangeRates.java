package org.astropol.analysis;

import org.astropol.model.Statement;
import org.astropol.model.Value;

/**
 * The one look-up of the cited {@code usd-exchange-rate} statements (units of a currency per US dollar, stated on a
 * state that uses the currency, for a year), shared by the index's budget indicator and the findings.
 */
public final class ExchangeRates {
    private ExchangeRates() {}

    public static final String PROPERTY = "usd-exchange-rate";

    /**
     * The rate of the currency for the year when one is cited, else the nearest year's (the earlier year on a tie, then
     * the smaller statement id, so the choice does not depend on the order of the statements); null without any.
     */
    public static Statement nearest(Iterable<Statement> statements, String currency, int year) {
        Statement nearest = null;
        int nearestYear = 0;
        for (Statement r : statements) {
            if (!r.property().equals(PROPERTY) || !(r.value() instanceof Value.Quantity rq)) continue;
            if (!currency.equals(rq.currency()) || rq.year() == null || rq.amount().signum() <= 0) continue;
            int d = Math.abs(rq.year() - year), best = Math.abs(nearestYear - year);
            if (nearest == null || d < best || (d == best && rq.year() < nearestYear) || (d == best && rq.year() == nearestYear && r.id().compareTo(nearest.id()) < 0)) {
                nearest = r;
                nearestYear = rq.year();
            }
        }
        return nearest;
    }

    /** The rate cited for exactly that year, or null. */
    public static Statement ofYear(Iterable<Statement> statements, String currency, int year) {
        Statement r = nearest(statements, currency, year);
        return r != null && year(r) == year ? r : null;
    }

    public static int year(Statement rate) { return ((Value.Quantity) rate.value()).year(); }

    public static double perUsd(Statement rate) { return ((Value.Quantity) rate.value()).amount().doubleValue(); }
}
