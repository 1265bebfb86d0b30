package org.astropol.web.view;

import java.util.List;

/**
 * The firsts matrix ({@code firsts.jte}): states by capability with the date each state first achieved it, and the
 * race chart (states per capability over time).
 */
public record FirstsView(Layout layout, String asOf, List<Capability> capabilities, List<StateRow> states, Chart race, String csvHref,
                         List<SourceNote> notes) {
    /** @param rule the documented rule (Firsts.RULES), or null */
    public record Capability(String id, String rule, int states) {}

    public record StateRow(Ref state, String first, List<Cell> cells) {}

    /** A state's first for one capability, or an empty cell ({@code date} null). */
    public record Cell(String capability, String date, Ref event, boolean disputed, String note, List<Mark> marks) {}
}
