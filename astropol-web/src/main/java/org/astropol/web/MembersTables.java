package org.astropol.web;

import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SourceRef;
import org.astropol.model.KnowledgeBase;
import org.astropol.web.view.MembersTable;
import org.astropol.web.view.Ref;

import java.util.ArrayList;
import java.util.List;

/** The members tables of /members and /compare, built one way. */
final class MembersTables {
    private MembersTables() {}

    /** One row per member; an undated start shows the report it is counted from (the JSON's reportedSince). */
    static MembersTable of(KnowledgeBase kb, List<MembersQuery.Member> members, Footnotes notes, String id, String label, String empty,
                           boolean browserCsv) {
        List<MembersTable.Row> rows = new ArrayList<>();
        for (var x : members) {
            rows.add(new MembersTable.Row(Ref.of(kb, x.id()), x.type(), x.role(), x.agentFor() == null ? null : Ref.of(kb, x.agentFor()),
                    x.stage(), x.status(), x.since(), x.reportedSince(), x.until(), notes.marks(x.sources()),
                    String.join(";", x.sources().stream().map(SourceRef::id).distinct().toList())));
        }
        return new MembersTable(id, label, rows, empty, browserCsv);
    }
}
