package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** GCAT launch sites (sites.tsv) into {@code launch_site}, one row per Site code, state codes mapped to ids. */
public final class GcatSitesImporter implements Importer {
    public static final TableSpec SITE = TableSpec.of("launch_site", List.of("site"),
            "site", "code", "ucode", "type", "state_code", "state", "tstart", "tstop", "start_day DATE", "stop_day DATE", "short_name", "name",
            "location", "longitude DOUBLE", "latitude DOUBLE", "parent", "short_ename", "ename", "site_group", "uname");

    @Override public String kind() { return "gcat-sites"; }
    @Override public String description() { return "GCAT launch sites (sites.tsv) -> launch_site"; }
    @Override public List<TableSpec> tables() { return List.of(SITE); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.GCAT)) {
                int site = tf.require("Site"), code = tf.column("Code"), ucode = tf.column("UCode"), type = tf.column("Type"),
                        state = tf.require("StateCode"), start = tf.column("TStart"), stop = tf.column("TStop"), sn = tf.column("ShortName"),
                        name = tf.column("Name"), loc = tf.column("Location"), lon = tf.column("Longitude"), lat = tf.column("Latitude"),
                        parent = tf.column("Parent"), sen = tf.column("ShortEName"), en = tf.column("EName"), group = tf.column("Group"), un = tf.column("UName");
                sink.each(tf, row -> {
                    String stopText = row.get(stop);
                    sink.row(SITE, f, row.line(), Values.required("Site", row.get(site)), row.get(code), row.get(ucode), row.get(type), row.get(state),
                            GcatStates.iso(row.get(state)), row.get(start), stopText, Values.gcatDate("TStart", row.get(start)),
                            "*".equals(stopText) ? null : Values.gcatDate("TStop", stopText), row.get(sn), row.get(name), row.get(loc),
                            Values.number("Longitude", row.get(lon), false), Values.number("Latitude", row.get(lat), false), row.get(parent),
                            row.get(sen), row.get(en), row.get(group), row.get(un));
                });
            }
        }
    }
}
