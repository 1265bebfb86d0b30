package org.astropol.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English country names (as UCS writes them) to state ids: ISO 3166 English names plus the usual short forms. */
public final class CountryNames {
    private CountryNames() {}

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", a2);
            BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), l.getISO3Country());
        }
        String[] aliases = {"USA", "USA", "United States of America", "USA", "US", "USA", "UK", "GBR", "Russia", "RUS", "China", "CHN",
                "PRC", "CHN", "South Korea", "KOR", "Republic of Korea", "KOR", "North Korea", "PRK", "Iran", "IRN", "Taiwan", "TWN",
                "Czech Republic", "CZE", "Czechia", "CZE", "Vietnam", "VNM", "Viet Nam", "VNM", "Laos", "LAO", "Bolivia", "BOL",
                "Venezuela", "VEN", "Turkey", "TUR", "Turkiye", "TUR", "UAE", "ARE", "United Arab Emirates", "ARE", "Netherlands", "NLD",
                "The Netherlands", "NLD", "Syria", "SYR", "Moldova", "MDA", "Tanzania", "TZA", "Ivory Coast", "CIV", "Macedonia", "MKD",
                "Soviet Union", "SUN", "USSR", "SUN"};
        for (int i = 0; i < aliases.length; i += 2) BY_NAME.put(key(aliases[i]), aliases[i + 1]);
    }

    private static String key(String s) { return s.strip().toLowerCase(Locale.ROOT); }

    /** The state id for a single country name, or null (unknown names, organisations, "Multinational", "USA/Japan"). */
    public static String iso(String name) {
        if (name == null) return null;
        return BY_NAME.get(key(name));
    }
}
