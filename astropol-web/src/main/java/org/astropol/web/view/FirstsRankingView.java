package org.astropol.web.view;

import java.util.List;

/**
 * /firsts/{capability} ({@code firsts-ranking.jte}): the states that achieved a capability by a day, in the order
 * they did, each with its events and the sources behind them; disputed firsts say why and give the undisputed one.
 *
 * @param rule the capability's documented rule, or null
 */
public record FirstsRankingView(Layout layout, String capability, String rule, String asOf, List<Row> rows, String csvHref, String jsonHref,
                                String dataHash) {
    /** @param undisputed the state's earliest undisputed event when the first is disputed (else null), {@code undisputedDate} its day */
    public record Row(int n, Ref state, String date, List<Ref> events, boolean disputed, String note, String undisputedDate, Ref undisputed,
                      List<SourceLink> sources) {
        public String eventIds() { return String.join(";", events.stream().map(Ref::id).toList()); }
        public String sourceIds() { return String.join(";", sources.stream().map(SourceLink::id).toList()); }
    }

    public record SourceLink(String id, String title) {}
}
