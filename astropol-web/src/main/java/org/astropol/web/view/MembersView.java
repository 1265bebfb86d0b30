package org.astropol.web.view;

import java.util.List;
import java.util.Map;

/**
 * /members/{id} ({@code members.jte}): a group's members on a day with their footnotes, its member states over time
 * as a chart, the member states by region, and the downloads (CSV with the day, the data hash and the ids; JSON).
 *
 * @param chart       member states over time (drawn in the browser from its data)
 * @param signatories for a treaty: the signatories for which it is not in force on the day, else null
 */
public record MembersView(Ref group, String asOf, int states, int count, Chart chart, MembersTable members, MembersTable signatories,
                          Map<String, Integer> regions, String membersCsv, String regionsCsv, String exportCsv, String json,
                          List<SourceNote> notes, String dataHash) {
    /** The server's CSV of the signatories table (the same query as the members table's, another table). */
    public String signatoriesCsv() { return membersCsv.replace("table=members", "table=signatories"); }
}
