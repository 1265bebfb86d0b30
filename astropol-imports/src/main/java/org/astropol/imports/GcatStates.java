package org.astropol.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * GCAT state codes (planet4589.org GCAT orgs.tsv, Type CY rows) mapped to the knowledge base's state ids: ISO
 * 3166-1 alpha-3, historical states by their ISO 3166-3 / common code (SU = SUN Soviet Union, CSSR = CSK, DD = DDR).
 * Intergovernmental organisations (I-ESA, I-INT, ...), bodies (EARTH, LUNA) and sub-state units have no state id:
 * {@link #iso(String)} returns null and the GCAT code stays in the {@code *_code} column.
 */
public final class GcatStates {
    private GcatStates() {}

    private static final Map<String, String> ISO = new HashMap<>();

    private static void m(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) ISO.put(pairs[i], pairs[i + 1]);
    }

    static {
        // predecessor and historical states
        m("SU", "SUN", "CSSR", "CSK", "CSFR", "CSK", "DD", "DDR", "ZR", "COD", "ANTN", "ANT", "BGN", "BGR", "BG", "BGR",
          "HKUK", "HKG", "YU", "YUG");
        // states GCAT writes with non-ISO letters
        m("US", "USA", "RU", "RUS", "CN", "CHN", "F", "FRA", "UK", "GBR", "IN", "IND", "J", "JPN", "D", "DEU", "I", "ITA",
          "L", "LUX", "E", "ESP", "N", "NOR", "S", "SWE", "B", "BEL", "T", "THA", "P", "PRT", "UAE", "ARE", "MYM", "MMR",
          "PAR", "PAN", "GRD", "GRD", "GUF", "GUF", "MOCN", "MAC", "KORS", "CUW", "BVI", "VGB", "CYM", "CYM", "NI", "GBR");
        // two-letter GCAT codes equal to ISO alpha-2
        m("AF", "AFG", "AG", "ATG", "AM", "ARM", "AO", "AGO", "AQ", "ATA", "AR", "ARG", "AT", "AUT", "AU", "AUS", "AZ", "AZE",
          "BB", "BRB", "BD", "BGD", "BH", "BHR", "BM", "BMU", "BO", "BOL", "BR", "BRA", "BS", "BHS", "BT", "BTN", "BW", "BWA",
          "BY", "BLR", "CA", "CAN", "CH", "CHE", "CI", "CIV", "CK", "COK", "CL", "CHL", "CM", "CMR", "CO", "COL", "CR", "CRI",
          "CU", "CUB", "CY", "CYP", "CZ", "CZE", "DJ", "DJI", "DK", "DNK", "DZ", "DZA", "EC", "ECU", "EE", "EST", "EG", "EGY",
          "ET", "ETH", "FI", "FIN", "GE", "GEO", "GH", "GHA", "GI", "GIB", "GL", "GRL", "GR", "GRC", "GT", "GTM", "GU", "GUM",
          "HK", "HKG", "HR", "HRV", "HU", "HUN", "ID", "IDN", "IE", "IRL", "IL", "ISR", "IQ", "IRQ", "IR", "IRN", "IS", "ISL",
          "JO", "JOR", "KE", "KEN", "KG", "KGZ", "KH", "KHM", "KI", "KIR", "KN", "KNA", "KP", "PRK", "KR", "KOR", "KW", "KWT",
          "KZ", "KAZ", "LA", "LAO", "LB", "LBN", "LK", "LKA", "LT", "LTU", "LV", "LVA", "LY", "LBY", "MA", "MAR", "MC", "MCO",
          "MD", "MDA", "ME", "MNE", "MH", "MHL", "MN", "MNG", "MR", "MRT", "MT", "MLT", "MU", "MUS", "MV", "MDV", "MX", "MEX",
          "MY", "MYS", "NG", "NGA", "NL", "NLD", "NP", "NPL", "NZ", "NZL", "OM", "OMN", "PE", "PER", "PG", "PNG", "PH", "PHL",
          "PK", "PAK", "PL", "POL", "PR", "PRI", "PW", "PLW", "PY", "PRY", "QA", "QAT", "RO", "ROU", "RW", "RWA", "SA", "SAU",
          "SB", "SLB", "SD", "SDN", "SG", "SGP", "SH", "SHN", "SI", "SVN", "SK", "SVK", "SN", "SEN", "SR", "SUR", "SY", "SYR",
          "TC", "TCA", "TF", "ATF", "TJ", "TJK", "TM", "TKM", "TN", "TUN", "TO", "TON", "TR", "TUR", "TW", "TWN", "UA", "UKR",
          "UG", "UGA", "UY", "URY", "UZ", "UZB", "VA", "VAT", "VE", "VEN", "VN", "VNM", "YE", "YEM", "ZA", "ZAF", "ZW", "ZWE");
    }

    /** The knowledge-base state id for a GCAT state code (a trailing '?' is ignored), or null when it is not a state. */
    public static String iso(String gcatCode) {
        if (gcatCode == null) return null;
        return ISO.get(Values.stripUncertain(gcatCode));
    }

    public static Map<String, String> mapping() { return Map.copyOf(ISO); }
}
