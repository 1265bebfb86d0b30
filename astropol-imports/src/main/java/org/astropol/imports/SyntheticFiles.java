package org.astropol.imports;

import java.util.Locale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic files in the public formats, for scale tests and benchmarks: the same header, padding, '-' for empty
 * values and vague dates as the real files, with made-up objects. Deterministic for a given seed; written streaming.
 */
public final class SyntheticFiles {
    private SyntheticFiles() {}

    public static final List<String> KINDS = List.of("satcat", "launchlog");

    static final String SATCAT_HEADER = "#JCAT\tSatcat\tLaunch_Tag\tPiece\tType\tName\tPLName\tLDate\tParent\tSDate\tPrimary\tDDate\tStatus\tDest\tOwner\tState"
            + "\tManufacturer\tBus\tMotor\tMass\tMassFlag\tDryMass\tDryFlag\tTotMass\tTotFlag\tLength\tLFlag\tDiameter\tDFlag\tSpan\tSpanFlag\tShape"
            + "\tODate\tPerigee\tPF\tApogee\tAF\tInc\tIF\tOpOrbit\tOQUAL\tAltNames";
    static final String LAUNCHLOG_HEADER = "#Launch_Tag\tLaunch_Date\tPiece\tType\tName\tPLName\tJCAT\tSatOwner\tSatState\tLV_Type\tFlight_ID\tPlatform"
            + "\tLaunch_Site\tLaunch_Pad\tAscent_Site\tAscent_Pad\tAgency\tLVState\tLaunch_Code\tLTCite";

    private static final String[] STATES = {"US", "US", "US", "US", "SU", "SU", "RU", "CN", "CN", "CN", "F", "J", "UK", "IN", "D", "I-ESA", "CA", "IL", "KR", "I"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] TYPES = {"P", "P", "P A", "R2", "R3", "C", "D", "D", "D"};
    private static final String[] ORBITS = {"LLEO/I", "LLEO/S", "LEO/I", "LEO/S", "MEO", "GEO/S", "GTO", "HEO"};

    /** Writes {@code rows} data rows of {@code kind} to {@code file}. */
    public static void write(String kind, Path file, long rows, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            switch (kind) {
                case "satcat" -> satcat(w, rows, rnd);
                case "launchlog" -> launchlog(w, rows, rnd);
                default -> throw new IllegalArgumentException("unknown synthetic kind '" + kind + "'; known: " + String.join(", ", KINDS));
            }
        }
    }

    private static String date(SplittableRandom r, int year) {
        return year + " " + MONTHS[r.nextInt(12)] + " " + String.format(Locale.ROOT, "%2d", 1 + r.nextInt(28));
    }

    private static void satcat(BufferedWriter w, long rows, SplittableRandom r) throws IOException {
        w.write(SATCAT_HEADER);
        w.write('\n');
        StringBuilder b = new StringBuilder(400);
        for (long i = 1; i <= rows; i++) {
            b.setLength(0);
            int year = 1957 + r.nextInt(68);
            String tag = year + " " + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
            String type = TYPES[r.nextInt(TYPES.length)];
            String state = STATES[r.nextInt(STATES.length)];
            String ld = date(r, year);
            boolean decayed = r.nextInt(3) == 0;
            double mass = type.startsWith("D") ? 0 : 1 + r.nextInt(9000);
            int perigee = 150 + r.nextInt(36000), apogee = perigee + r.nextInt(2000);
            b.append('S').append(String.format(Locale.ROOT, "%08d", i)).append('\t').append(String.format(Locale.ROOT, "%08d", i)).append('\t').append(tag).append('\t')
                    .append(tag).append(' ').append(1 + r.nextInt(9)).append('\t').append(String.format(Locale.ROOT, "%-12s", type)).append('\t')
                    .append("Synthetic ").append(i).append('\t').append('-').append('\t').append(ld).append('\t').append('-').append('\t')
                    .append(ld).append(r.nextInt(5) == 0 ? "?" : "").append('\t').append("Earth").append('\t')
                    .append(decayed ? date(r, Math.min(2025, year + 1 + r.nextInt(20))) : "-").append('\t').append(decayed ? "R" : "O").append('\t')
                    .append('-').append('\t').append("ORG").append(r.nextInt(500)).append('\t').append(state).append('\t')
                    .append("MAN").append(r.nextInt(300)).append('\t').append('-').append('\t').append('-').append('\t')
                    .append(String.format(Locale.ROOT, "%8.0f ", mass)).append("\t \t").append(String.format(Locale.ROOT, "%7.0f ", mass * 0.8)).append("\t \t")
                    .append(String.format(Locale.ROOT, "%8.0f ", mass)).append("\t?\t").append(String.format(Locale.ROOT, "%6.1f ", 0.1 + r.nextInt(300) / 10.0)).append("\t \t")
                    .append(String.format(Locale.ROOT, "%5.1f ", 0.1 + r.nextInt(50) / 10.0)).append("\t \t").append(String.format(Locale.ROOT, "%7.1f ", 0.1 + r.nextInt(300) / 10.0))
                    .append("\t \t").append("Cyl").append('\t').append(ld).append('\t').append(String.format(Locale.ROOT, "%8d", perigee)).append("\t \t")
                    .append(String.format(Locale.ROOT, "%8d", apogee)).append("\t \t").append(String.format(Locale.ROOT, "%6.2f ", r.nextInt(18000) / 100.0)).append("\t \t")
                    .append(ORBITS[r.nextInt(ORBITS.length)]).append('\t').append('-').append('\t').append('-').append('\n');
            w.append(b);
        }
    }

    private static void launchlog(BufferedWriter w, long rows, SplittableRandom r) throws IOException {
        w.write(LAUNCHLOG_HEADER);
        w.write('\n');
        long i = 0;
        while (i < rows) {
            int year = 1957 + r.nextInt(68);
            String tag = year + "-" + (char) ('A' + r.nextInt(26)) + String.format(Locale.ROOT, "%05d", r.nextInt(100000));
            String lv = STATES[r.nextInt(STATES.length)];
            String code = r.nextInt(10) == 0 ? "OF" : r.nextInt(20) == 0 ? "DS" : "OS";
            String ld = date(r, year);
            int payloads = 1 + (r.nextInt(5) == 0 ? r.nextInt(20) : 0);
            for (int p = 1; p <= payloads && i < rows; p++) {
                i++;
                w.append(String.join("\t", tag, ld, tag + " " + p, "P", "Synthetic " + i, "-", String.format(Locale.ROOT, "S%08d", i), "ORG" + r.nextInt(500),
                        STATES[r.nextInt(STATES.length)], "LV" + r.nextInt(50), "-", "-", "SITE" + r.nextInt(30), "PAD", "-", "-", "AG", lv, code, "Cite"));
                w.append('\n');
            }
        }
    }
}
