package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * UN Digital Library General Assembly voting data (one row per Member State per resolution adopted by recorded vote)
 * into {@code undl_vote}. Column names are matched case-insensitively, ignoring '-', '_' and spaces, with singular and
 * plural forms accepted; a missing required column fails the import naming it. ms_vote Y/N/A/NV becomes
 * yes/no/abstain/absent.
 */
public final class UngaVotesImporter implements Importer {
    public static final TableSpec VOTE = TableSpec.of("undl_vote", List.of("record_id", "ms_code"),
            "record_id", "undl_id", "resolution", "date DATE", "title", "ms_code", "state", "ms_name", "vote", "modality", "draft",
            "committee_report", "meeting", "agenda_title", "subjects", "yes_total INTEGER", "no_total INTEGER", "abstentions_total INTEGER",
            "non_voting_total INTEGER", "total_members INTEGER", "undl_link");

    @Override public String kind() { return "unga-votes"; }
    @Override public String description() { return "UN Digital Library GA voting CSV -> undl_vote"; }
    @Override public List<TableSpec> tables() { return List.of(VOTE); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.CSV)) {
                int code = tf.require("ms_code", "ms_codes"), vote = tf.require("ms_vote", "ms_votes"), res = tf.require("resolution", "resolutions"),
                        date = tf.require("date", "dates"), id = tf.column("undl_id"), name = tf.column("ms_name", "ms_names"),
                        title = tf.column("title", "titles"), modality = tf.column("modality"), draft = tf.column("draft", "drafts"),
                        report = tf.column("committee_report", "committee_reports"), meeting = tf.column("meeting", "meetings"),
                        agenda = tf.column("agenda_title", "agenda_titles", "agenda"), subjects = tf.column("subjects", "subject"),
                        yes = tf.column("yes"), no = tf.column("no"), abst = tf.column("abstentions", "abstention", "abstain"),
                        nv = tf.column("non_voting", "non-voting", "nonvoting"), total = tf.column("total", "total_ms"), link = tf.column("undl_link", "link");
                sink.each(tf, row -> {
                    String resolution = Values.required("resolution", row.get(res)).toUpperCase(Locale.ROOT);
                    String undlId = row.get(id);
                    String cc = Values.required("ms_code", row.get(code));
                    sink.row(VOTE, f, row.line(), undlId != null ? undlId : resolution, undlId, resolution,
                            Values.isoDate("date", Values.required("date", row.get(date))), row.get(title), cc, UnStates.fromAlpha3(cc), row.get(name),
                            vote(Values.required("ms_vote", row.get(vote))), row.get(modality), row.get(draft), row.get(report), row.get(meeting),
                            row.get(agenda), row.get(subjects), Values.smallInt("yes", row.get(yes)), Values.smallInt("no", row.get(no)),
                            Values.smallInt("abstentions", row.get(abst)), Values.smallInt("non-voting", row.get(nv)),
                            Values.smallInt("total", row.get(total)), row.get(link));
                });
            }
        }
    }

    static String vote(String v) {
        return switch (v.strip().toUpperCase(Locale.ROOT)) {
            case "Y", "YES" -> "yes";
            case "N", "NO" -> "no";
            case "A", "ABSTAIN", "ABSTENTION" -> "abstain";
            case "NV", "NON-VOTING", "NOT VOTING" -> "absent";
            default -> throw new BadValueException("ms_vote", "must be Y, N, A or NV: '" + v + "'");
        };
    }
}
