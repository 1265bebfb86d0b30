package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * UCS Satellite Database (semicolon-delimited, UTF-8 with byte-order mark, CRLF, dd/mm/yyyy dates, decimal
 * commas) into {@code satellite}, one row per NORAD number. {@code operator_state} is the state id of
 * "Country of Operator/Owner" when that names one state.
 */
public final class UcsImporter implements Importer {
    public static final TableSpec SATELLITE = TableSpec.of("satellite", List.of("norad"),
            "norad BIGINT", "cospar", "name", "official_name", "un_registry", "operator_country", "operator_state", "operator", "users", "purpose",
            "detailed_purpose", "orbit_class", "orbit_type", "longitude_geo DOUBLE", "perigee_km DOUBLE", "apogee_km DOUBLE", "eccentricity DOUBLE",
            "inclination DOUBLE", "period_min DOUBLE", "launch_mass_kg DOUBLE", "dry_mass_kg DOUBLE", "power_w DOUBLE", "launch_date DATE",
            "lifetime_years DOUBLE", "contractor", "contractor_country", "launch_site", "launch_vehicle", "comments");

    @Override public String kind() { return "ucs"; }
    @Override public String description() { return "UCS Satellite Database CSV (semicolon, BOM, day-first dates) -> satellite"; }
    @Override public List<TableSpec> tables() { return List.of(SATELLITE); }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.SEMICOLON)) {
                int name = tf.require("Name of Satellite, Alternate Names", "Name of Satellite"), official = tf.column("Current Official Name of Satellite"),
                        un = tf.column("Country/Org of UN Registry"), opCountry = tf.require("Country of Operator/Owner"), op = tf.column("Operator/Owner"),
                        users = tf.column("Users"), purpose = tf.column("Purpose"), detailed = tf.column("Detailed Purpose"),
                        cls = tf.require("Class of Orbit"), type = tf.column("Type of Orbit"), lon = tf.column("Longitude of GEO (degrees)"),
                        per = tf.column("Perigee (km)"), apo = tf.column("Apogee (km)"), ecc = tf.column("Eccentricity"), inc = tf.column("Inclination (degrees)"),
                        period = tf.column("Period (minutes)"), mass = tf.column("Launch Mass (kg.)"), dry = tf.column("Dry Mass (kg.)"),
                        power = tf.column("Power (watts)"), date = tf.require("Date of Launch"), life = tf.column("Expected Lifetime (yrs.)"),
                        contractor = tf.column("Contractor"), cCountry = tf.column("Country of Contractor"), site = tf.column("Launch Site"),
                        lv = tf.column("Launch Vehicle"), cospar = tf.column("COSPAR Number"), norad = tf.require("NORAD Number"), comments = tf.column("Comments");
                sink.each(tf, row -> sink.row(SATELLITE, f, row.line(),
                        Values.integer("NORAD Number", Values.required("NORAD Number", row.get(norad))), row.get(cospar), row.get(name), row.get(official),
                        row.get(un), row.get(opCountry), CountryNames.iso(row.get(opCountry)), row.get(op), row.get(users), row.get(purpose),
                        row.get(detailed), row.get(cls), row.get(type), num("Longitude of GEO (degrees)", row.get(lon)), num("Perigee (km)", row.get(per)),
                        num("Apogee (km)", row.get(apo)), num("Eccentricity", row.get(ecc)), num("Inclination (degrees)", row.get(inc)),
                        num("Period (minutes)", row.get(period)), num("Launch Mass (kg.)", row.get(mass)), num("Dry Mass (kg.)", row.get(dry)),
                        num("Power (watts)", row.get(power)), Values.dayFirstDate("Date of Launch", row.get(date)),
                        num("Expected Lifetime (yrs.)", row.get(life)), row.get(contractor), row.get(cCountry), row.get(site), row.get(lv), row.get(comments)));
            }
        }
    }

    /**
     * UCS numbers use a decimal comma and a space between thousands ({@code 16 000,00}). Power values annotated
     * "(EOL)" or "(BOL)" (end/beginning of life) are written with a thousands comma instead ({@code 6,800 (EOL)}).
     */
    static Double num(String field, String v) {
        if (v != null) {
            var m = ANNOTATED.matcher(v.strip());
            if (m.matches()) return Values.number(field, m.group(1).replace(",", ""), false);
        }
        return Values.number(field, v, true);
    }

    private static final java.util.regex.Pattern ANNOTATED = java.util.regex.Pattern.compile("(\\d{1,3}(?:,\\d{3})*)\\s*\\((?:EOL|BOL)\\)");
}
