package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * GCAT launch log (one row per payload, launches grouped by Launch_Tag) into {@code launch_payload}; the view
 * {@code launch} has one row per launch. A launch is orbital when its Launch_Code starts with 'O' and a success
 * when the second letter is 'S' (the digits that may follow are GCAT's success fraction, kept in launch_code).
 */
public final class GcatLaunchLogImporter implements Importer {
    public static final TableSpec LAUNCH_PAYLOAD = TableSpec.of("launch_payload", List.of("jcat"),
            "jcat", "launch_tag", "launch_date", "launch_day DATE", "launch_year INTEGER", "piece", "type", "name", "pl_name",
            "sat_owner", "sat_state_code", "sat_state", "lv_type", "flight_id", "platform", "launch_site", "launch_pad",
            "ascent_site", "ascent_pad", "agency", "lv_state_code", "lv_state", "launch_code", "orbital BOOLEAN", "success BOOLEAN", "lt_cite");

    @Override public String kind() { return "gcat-launchlog"; }
    @Override public String description() { return "GCAT launch log (launchlog.tsv) -> launch_payload, view launch"; }
    @Override public List<TableSpec> tables() { return List.of(LAUNCH_PAYLOAD); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.GCAT)) {
                int tag = tf.require("Launch_Tag"), date = tf.require("Launch_Date"), piece = tf.column("Piece"), type = tf.column("Type", "SatType"),
                        name = tf.column("Name"), plName = tf.column("PLName"), jcat = tf.require("JCAT"), owner = tf.column("SatOwner"),
                        satState = tf.column("SatState"), lvType = tf.column("LV_Type"), flight = tf.column("Flight_ID"), platform = tf.column("Platform"),
                        site = tf.column("Launch_Site"), pad = tf.column("Launch_Pad"), aSite = tf.column("Ascent_Site"), aPad = tf.column("Ascent_Pad"),
                        agency = tf.column("Agency"), lvState = tf.require("LVState"), code = tf.require("Launch_Code"), cite = tf.column("LTCite");
                sink.each(tf, row -> {
                    String lc = Values.required("Launch_Code", row.get(code));
                    LocalDate day = Values.gcatDate("Launch_Date", Values.required("Launch_Date", row.get(date)));
                    sink.row(LAUNCH_PAYLOAD, f, row.line(),
                            Values.required("JCAT", row.get(jcat)), Values.required("Launch_Tag", row.get(tag)), row.get(date), day, day.getYear(),
                            row.get(piece), row.get(type), row.get(name), row.get(plName), row.get(owner), row.get(satState),
                            GcatStates.iso(row.get(satState)), row.get(lvType), row.get(flight), row.get(platform), row.get(site), row.get(pad),
                            row.get(aSite), row.get(aPad), row.get(agency), row.get(lvState), GcatStates.iso(row.get(lvState)), lc,
                            lc.charAt(0) == 'O', lc.length() > 1 && lc.charAt(1) == 'S', row.get(cite));
                });
            }
        }
    }
}
