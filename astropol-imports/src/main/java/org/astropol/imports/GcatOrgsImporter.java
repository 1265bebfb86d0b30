package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** GCAT organisations (orgs.tsv) into {@code organisation_registry}, one row per org code, state codes mapped to ids. */
public final class GcatOrgsImporter implements Importer {
    public static final TableSpec ORGS = TableSpec.of("organisation_registry", List.of("code"),
            "code", "ucode", "state_code", "state", "type", "class", "tstart", "tstop", "start_day DATE", "stop_day DATE",
            "short_name", "name", "location", "longitude DOUBLE", "latitude DOUBLE", "error DOUBLE", "parent", "short_ename", "ename", "uname");

    @Override public String kind() { return "gcat-orgs"; }
    @Override public String description() { return "GCAT organisations (orgs.tsv) -> organisation_registry"; }
    @Override public List<TableSpec> tables() { return List.of(ORGS); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.GCAT)) {
                int code = tf.require("Code"), ucode = tf.column("UCode"), state = tf.require("StateCode"), type = tf.require("Type"),
                        cls = tf.column("Class"), start = tf.column("TStart"), stop = tf.column("TStop"), sn = tf.column("ShortName"),
                        name = tf.require("Name"), loc = tf.column("Location"), lon = tf.column("Longitude"), lat = tf.column("Latitude"),
                        err = tf.column("Error"), parent = tf.column("Parent"), sen = tf.column("ShortEName"), en = tf.column("EName"), un = tf.column("UName");
                sink.each(tf, row -> {
                    String stopText = row.get(stop);
                    sink.row(ORGS, f, row.line(), Values.required("Code", row.get(code)), row.get(ucode), row.get(state), GcatStates.iso(row.get(state)),
                            row.get(type), row.get(cls), row.get(start), stopText, Values.gcatDate("TStart", row.get(start)),
                            "*".equals(stopText) ? null : Values.gcatDate("TStop", stopText), row.get(sn), row.get(name), row.get(loc),
                            Values.number("Longitude", row.get(lon), false), Values.number("Latitude", row.get(lat), false),
                            Values.number("Error", row.get(err), false), row.get(parent), row.get(sen), row.get(en), row.get(un));
                });
            }
        }
    }
}
