package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * GCAT satcat-format files (satcat.tsv or its subsets, several files allowed: they are one catalogue) into
 * {@code space_object}. {@code object_class} is the first letter of Type (P payload, R rocket stage, C component,
 * D debris, Z spurious); {@code orbit_regime} is OpOrbit before the '/'; {@code in_orbit} is Status O. These and
 * {@code launch_year} are generated columns: derived from the stored ones when read, so they cost no import time.
 */
public final class GcatSatcatImporter implements Importer {
    public static final TableSpec SPACE_OBJECT = TableSpec.of("space_object", List.of("jcat"),
            "jcat", "satcat", "launch_tag", "piece", "type", "object_class VARCHAR AS (left(type, 1))", "name", "pl_name", "ldate", "launch_day DATE",
            "launch_year INTEGER AS (CAST(year(launch_day) AS INTEGER))",
            "parent", "sdate", "primary_body", "ddate", "decay_day DATE", "status", "in_orbit BOOLEAN AS (coalesce(status = 'O', false))", "dest",
            "owner", "state_code", "state",
            "manufacturer", "bus", "motor", "mass DOUBLE", "dry_mass DOUBLE", "tot_mass DOUBLE", "length DOUBLE", "diameter DOUBLE", "span DOUBLE",
            "shape", "odate", "perigee DOUBLE", "apogee DOUBLE", "inc DOUBLE", "op_orbit", "orbit_regime VARCHAR AS (split_part(op_orbit, '/', 1))",
            "oqual", "alt_names");

    @Override public String kind() { return "gcat-satcat"; }
    @Override public String description() { return "GCAT satcat-format files (satcat.tsv, subsets) -> space_object"; }
    @Override public List<TableSpec> tables() { return List.of(SPACE_OBJECT); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.GCAT)) {
                int jcat = tf.require("JCAT"), satcat = tf.column("Satcat"), tag = tf.column("Launch_Tag"), piece = tf.column("Piece"),
                        type = tf.require("Type"), name = tf.column("Name"), pl = tf.column("PLName"), ldate = tf.column("LDate"),
                        parent = tf.column("Parent"), sdate = tf.column("SDate"), primary = tf.column("Primary"), ddate = tf.column("DDate"),
                        status = tf.column("Status"), dest = tf.column("Dest"), owner = tf.column("Owner"), state = tf.require("State"),
                        manu = tf.column("Manufacturer"), bus = tf.column("Bus"), motor = tf.column("Motor"), mass = tf.column("Mass"),
                        dry = tf.column("DryMass"), tot = tf.column("TotMass"), len = tf.column("Length"), dia = tf.column("Diameter"),
                        span = tf.column("Span"), shape = tf.column("Shape"), odate = tf.column("ODate"), per = tf.column("Perigee"),
                        apo = tf.column("Apogee"), inc = tf.column("Inc"), op = tf.column("OpOrbit"), oq = tf.column("OQUAL"), alt = tf.column("AltNames");
                sink.each(tf, row -> {
                    String t = Values.required("Type", row.get(type));
                    if (!Character.isLetter(t.charAt(0))) throw new BadValueException("Type", "must start with a letter (P, R, C, D, ...): '" + t + "'");
                    var day = Values.gcatDate("LDate", row.get(ldate));
                    // object_class, launch_year, in_orbit and orbit_regime are generated columns (computed by DuckDB when read)
                    sink.row(SPACE_OBJECT, f, row.line(), Values.required("JCAT", row.get(jcat)), row.get(satcat), row.get(tag), row.get(piece), t,
                            row.get(name), row.get(pl), row.get(ldate), day, row.get(parent), row.get(sdate),
                            row.get(primary), row.get(ddate), Values.gcatDate("DDate", row.get(ddate)), row.get(status), row.get(dest),
                            row.get(owner), row.get(state), GcatStates.iso(row.get(state)), row.get(manu), row.get(bus), row.get(motor),
                            Values.number("Mass", row.get(mass), false), Values.number("DryMass", row.get(dry), false),
                            Values.number("TotMass", row.get(tot), false), Values.number("Length", row.get(len), false),
                            Values.number("Diameter", row.get(dia), false), Values.number("Span", row.get(span), false), row.get(shape),
                            row.get(odate), Values.number("Perigee", row.get(per), false), Values.number("Apogee", row.get(apo), false),
                            Values.number("Inc", row.get(inc), false), row.get(op), row.get(oq), row.get(alt));
                });
            }
        }
    }
}
