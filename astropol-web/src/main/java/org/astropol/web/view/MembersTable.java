package org.astropol.web.view;

import java.util.List;

/**
 * A table of a group's members on a day ({@code tag/members.jte}), each row with its footnote marks and record and source ids.
 * {@code browserCsv}: the browser offers the table as CSV; off where the page links the server's CSV of the same table.
 */
public record MembersTable(String id, String label, List<Row> rows, String empty, boolean browserCsv) {
    /** @param since the start, or null; {@code reportedSince} the earliest dated report when no source gives the start */
    public record Row(Ref member, String type, String role, Ref agentFor, String stage, String status, String since, String reportedSince,
                      String until, List<Mark> marks, String sources) {
        public boolean asserted() { return "asserted".equals(status); }
    }
}
