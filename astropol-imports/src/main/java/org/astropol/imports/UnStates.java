package org.astropol.imports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * UN member-state codes to knowledge-base state ids. ISO alpha-2 codes map through ISO 3166 (NA is Namibia);
 * historical codes explicitly (CS Czechoslovakia = CSK, DD = DDR, YU = YUG, YD South Yemen = YMD), the votes the
 * unvotes files list under RU before 26 December 1991 are the Soviet Union's (SUN), and those under YU from
 * 1 November 2000 Serbia's (SRB).
 */
public final class UnStates {
    private UnStates() {}

    /** The date the Russian Federation continued the Soviet Union's UN seat. */
    public static final LocalDate USSR_END = LocalDate.of(1991, 12, 26);

    private static final Map<String, String> HISTORICAL = Map.of("CS", "CSK", "DD", "DDR", "YU", "YUG", "YD", "YMD", "SU", "SUN");
    /** Rows without a code in unvotes, by the name given. */
    private static final Map<String, String> BY_NAME = Map.of("Federal Republic of Germany", "DEU", "Yemen Arab Republic", "YEM");

    /**
     * The unvotes data code Serbia as YU ("Yugoslavia") after 1992 too: the Federal Republic of Yugoslavia, admitted on
     * 1 November 2000, became Serbia and Montenegro, whose membership Serbia continues (data/votes/un-membership.yaml).
     */
    public static final LocalDate SERBIA_ADMITTED = LocalDate.of(2000, 11, 1);

    /** The state id for an alpha-2 code (or, when the code is empty, the country name) on {@code date}; null if unknown. */
    public static String fromAlpha2(String code, String name, LocalDate date) {
        if (code == null || code.isBlank()) return name == null ? null : BY_NAME.get(name.strip());
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.equals("RU") && date != null && date.isBefore(USSR_END)) return "SUN";
        if (c.equals("YU") && date != null && !date.isBefore(SERBIA_ADMITTED)) return "SRB";
        String h = HISTORICAL.get(c);
        if (h != null) return h;
        if (c.length() != 2) return null;
        try {
            String iso3 = Locale.of("", c).getISO3Country();
            return iso3.isEmpty() ? null : iso3;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Accepts an alpha-3 code as is (UN Digital Library files use them), SUN etc. included. */
    public static String fromAlpha3(String code) {
        if (code == null || code.isBlank()) return null;
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** unvotes writes A/RES/69/32 as R/69/32; other symbols are kept as written. */
    public static String resolutionSymbol(String unres) {
        if (unres == null || unres.isBlank()) return null;
        String s = unres.strip();
        return s.startsWith("R/") ? "A/RES/" + s.substring(2) : s;
    }
}
