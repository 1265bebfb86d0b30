package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CelesTrak SATCAT CSV (OBJECT_NAME, OBJECT_ID, NORAD_CAT_ID, OBJECT_TYPE, OPS_STATUS_CODE, OWNER, LAUNCH_DATE, ...)
 * into {@code celestrak_object}. OWNER is CelesTrak's source code; {@code state} maps the codes of states
 * (CIS is the Soviet Union for launches before 26 December 1991, Russia after).
 */
public final class CelestrakSatcatImporter implements Importer {
    public static final TableSpec OBJECT = TableSpec.of("celestrak_object", List.of("norad_cat_id"),
            "norad_cat_id BIGINT", "object_id", "object_name", "object_type", "ops_status_code", "owner", "state", "launch_date DATE", "launch_site",
            "decay_date DATE", "period DOUBLE", "inclination DOUBLE", "apogee DOUBLE", "perigee DOUBLE", "rcs DOUBLE", "data_status_code",
            "orbit_center", "orbit_type");

    private static final Map<String, String> OWNERS = new HashMap<>();
    static {
        String[] m = {"US", "USA", "PRC", "CHN", "UK", "GBR", "FR", "FRA", "JPN", "JPN", "IND", "IND", "GER", "DEU", "ITSY", "ITA", "CA", "CAN",
                "ISRA", "ISR", "IRAN", "IRN", "SKOR", "KOR", "NKOR", "PRK", "BRAZ", "BRA", "AUS", "AUS", "SPN", "ESP", "ARGN", "ARG",
                "NETH", "NLD", "SWED", "SWE", "NOR", "NOR", "LUXE", "LUX", "MEX", "MEX", "INDO", "IDN", "TURK", "TUR", "UAE", "ARE",
                "SAUD", "SAU", "EGYP", "EGY", "SAFR", "ZAF", "ROC", "TWN", "SING", "SGP", "THAI", "THA", "MALA", "MYS", "KAZ", "KAZ",
                "UKR", "UKR", "BELA", "BLR", "POL", "POL", "CZCH", "CZE", "CHLE", "CHL", "PAKI", "PAK", "NIG", "NGA", "ALG", "DZA",
                "VTNM", "VNM", "PHIL", "PHL", "FIN", "FIN", "DEN", "DNK", "SWTZ", "CHE", "AUT", "AUT", "BEL", "BEL", "GREC", "GRC",
                "POR", "PRT", "NZ", "NZL", "QAT", "QAT", "BGD", "BGD", "PER", "PER", "COL", "COL", "ECU", "ECU", "BOL", "BOL", "VENZ", "VEN"};
        for (int i = 0; i < m.length; i += 2) OWNERS.put(m[i], m[i + 1]);
    }

    static String state(String owner, LocalDate launch) {
        if (owner == null) return null;
        if (owner.equals("CIS")) return launch != null && launch.isBefore(UnStates.USSR_END) ? "SUN" : "RUS";
        return OWNERS.get(owner);
    }

    @Override public String kind() { return "celestrak-satcat"; }
    @Override public String description() { return "CelesTrak SATCAT CSV -> celestrak_object"; }
    @Override public List<TableSpec> tables() { return List.of(OBJECT); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.CSV)) {
                int name = tf.require("OBJECT_NAME"), id = tf.column("OBJECT_ID"), norad = tf.require("NORAD_CAT_ID"), type = tf.require("OBJECT_TYPE"),
                        ops = tf.column("OPS_STATUS_CODE"), owner = tf.require("OWNER"), ld = tf.require("LAUNCH_DATE"), site = tf.column("LAUNCH_SITE"),
                        dd = tf.column("DECAY_DATE"), period = tf.column("PERIOD"), inc = tf.column("INCLINATION"), apo = tf.column("APOGEE"),
                        per = tf.column("PERIGEE"), rcs = tf.column("RCS"), ds = tf.column("DATA_STATUS_CODE"), oc = tf.column("ORBIT_CENTER"),
                        ot = tf.column("ORBIT_TYPE");
                sink.each(tf, row -> {
                    LocalDate launch = Values.isoDate("LAUNCH_DATE", row.get(ld));
                    String o = row.get(owner);
                    sink.row(OBJECT, f, row.line(), Values.integer("NORAD_CAT_ID", Values.required("NORAD_CAT_ID", row.get(norad))), row.get(id),
                            row.get(name), row.get(type), row.get(ops), o, state(o, launch), launch, row.get(site), Values.isoDate("DECAY_DATE", row.get(dd)),
                            Values.number("PERIOD", row.get(period), false), Values.number("INCLINATION", row.get(inc), false),
                            Values.number("APOGEE", row.get(apo), false), Values.number("PERIGEE", row.get(per), false),
                            Values.number("RCS", row.get(rcs), false), row.get(ds), row.get(oc), row.get(ot));
                });
            }
        }
    }
}
