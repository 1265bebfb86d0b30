package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * GCAT payload catalogue (psatcat.tsv) into {@code payload_registration}: programme, class, category, result and
 * the UN registration of each payload. UNState in brackets ({@code [US]}) marks the state GCAT holds responsible
 * where the registration is missing; {@code un_state} is its id either way and {@code registered} is true only for
 * an unbracketed state with a registration document (UNReg).
 */
public final class GcatPsatcatImporter implements Importer {
    public static final TableSpec PAYLOAD = TableSpec.of("payload_registration", List.of("jcat"),
            "jcat", "piece", "name", "ldate", "launch_day DATE", "launch_year INTEGER", "tlast", "top", "tdate", "program", "class", "category",
            "result", "control", "discipline", "un_state_code", "un_state", "un_reg", "registered BOOLEAN", "un_perigee DOUBLE", "un_apogee DOUBLE",
            "un_inc DOUBLE", "comment");

    @Override public String kind() { return "gcat-psatcat"; }
    @Override public String description() { return "GCAT payload catalogue (psatcat.tsv) -> payload_registration"; }
    @Override public List<TableSpec> tables() { return List.of(PAYLOAD); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.GCAT)) {
                int jcat = tf.require("JCAT"), piece = tf.column("Piece"), name = tf.column("Name"), ldate = tf.column("LDate"), tlast = tf.column("TLast"),
                        top = tf.column("TOp"), tdate = tf.column("TDate"), program = tf.column("Program"), cls = tf.column("Class"),
                        cat = tf.column("Category"), result = tf.column("Result"), control = tf.column("Control"), disc = tf.column("Discipline"),
                        unState = tf.require("UNState"), unReg = tf.require("UNReg"), per = tf.column("UNPerigee"), apo = tf.column("UNApogee"),
                        inc = tf.column("UNInc"), comment = tf.column("Comment");
                sink.each(tf, row -> {
                    var day = Values.gcatDate("LDate", row.get(ldate));
                    String us = row.get(unState);
                    boolean bracketed = us != null && us.startsWith("[");
                    String code = us == null ? null : us.replace("[", "").replace("]", "");
                    sink.row(PAYLOAD, f, row.line(), Values.required("JCAT", row.get(jcat)), row.get(piece), row.get(name), row.get(ldate), day,
                            day == null ? null : day.getYear(), row.get(tlast), row.get(top), row.get(tdate), row.get(program), row.get(cls),
                            row.get(cat), row.get(result), row.get(control), row.get(disc), us, GcatStates.iso(code), row.get(unReg),
                            !bracketed && code != null && row.get(unReg) != null, Values.number("UNPerigee", row.get(per), false),
                            Values.number("UNApogee", row.get(apo), false), Values.number("UNInc", row.get(inc), false), row.get(comment));
                });
            }
        }
    }
}
