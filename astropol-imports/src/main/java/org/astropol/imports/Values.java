package org.astropol.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Field parsers shared by the importers; each throws {@link BadValueException} naming the field. */
public final class Values {
    private Values() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    public static String required(String field, String v) {
        if (v == null) throw new BadValueException(field, "missing value");
        return v;
    }

    public static Long integer(String field, String v) {
        if (v == null) return null;
        String s = stripUncertain(v);
        try { return Long.parseLong(s); } catch (NumberFormatException e) { throw new BadValueException(field, "not an integer: '" + v + "'"); }
    }

    public static Integer smallInt(String field, String v) {
        Long l = integer(field, v);
        if (l == null) return null;
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) throw new BadValueException(field, "out of range: '" + v + "'");
        return l.intValue();
    }

    /** A decimal number; {@code commaDecimal} accepts a decimal comma (UCS: {@code 36,9}, {@code 1,51E-03}). */
    public static Double number(String field, String v, boolean commaDecimal) {
        if (v == null) return null;
        if (plainNumber(v)) { // fast path: nothing to strip or replace (same result as below)
            try {
                double d = Double.parseDouble(v);
                if (!Double.isNaN(d) && !Double.isInfinite(d)) return d;
            } catch (NumberFormatException e) { /* reported below */ }
        }
        String s = stripUncertain(v).replace(" ", "");
        if (commaDecimal) s = s.replace(',', '.');
        try {
            double d = Double.parseDouble(s);
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new BadValueException(field, "not a number: '" + v + "'");
        }
    }

    /** ISO date {@code yyyy-mm-dd}. */
    public static LocalDate isoDate(String field, String v) {
        if (v == null) return null;
        try { return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v); }
        catch (DateTimeException e) { throw new BadValueException(field, "not a date (yyyy-mm-dd): '" + v + "'"); }
    }

    /** Day-first date {@code dd/mm/yyyy} (also {@code d/m/yyyy}). */
    public static LocalDate dayFirstDate(String field, String v) {
        if (v == null) return null;
        String[] p = v.split("[/.]");
        try {
            if (p.length != 3 || p[2].length() != 4) throw new NumberFormatException();
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        } catch (NumberFormatException | DateTimeException e) {
            throw new BadValueException(field, "not a day-first date (dd/mm/yyyy): '" + v + "'");
        }
    }

    /**
     * A GCAT "vague date" ({@code 1957 Oct  4 1928:34}, {@code 1957 Oct  4 1933}, {@code 1999 Jul}, {@code 1993},
     * {@code 2010 Q3}, {@code 1990s}, any with a trailing '?'): the first day of the period it names; a lone '?' is unknown (null).
     */
    public static LocalDate gcatDate(String field, String v) {
        if (v == null) return null;
        String s = stripUncertain(v).trim();
        if (s.endsWith(" -")) s = s.substring(0, s.length() - 2).strip();
        if (s.isEmpty() || s.equals("-")) return null;
        String[] p = tokens(s);
        try {
            if (p.length == 1 && p[0].length() >= 4 && p[0].endsWith("s") && isDigits(p[0], p[0].length() - 1)) {
                return LocalDate.of(Integer.parseInt(p[0], 0, p[0].length() - 1, 10), 1, 1);
            }
            int y = Integer.parseInt(stripUncertain(p[0]));
            if (y < 1 || y > 9999) throw new NumberFormatException();
            if (p.length == 1) return LocalDate.of(y, 1, 1);
            if (p.length == 2 && p[1].length() == 2 && p[1].charAt(0) == 'Q' && p[1].charAt(1) >= '1' && p[1].charAt(1) <= '4') {
                return LocalDate.of(y, (p[1].charAt(1) - '1') * 3 + 1, 1);
            }
            Integer m = MONTHS.get(stripUncertain(p[1]).toLowerCase(Locale.ROOT));
            if (m == null) throw new NumberFormatException();
            if (p.length == 2) return LocalDate.of(y, m, 1);
            int d = Integer.parseInt(stripUncertain(p[2]));
            return LocalDate.of(y, m, d == 0 ? 1 : d); // day 00: day unknown
        } catch (NumberFormatException | DateTimeException e) {
            throw new BadValueException(field, "not a GCAT date (e.g. '1957 Oct  4'): '" + v + "'");
        }
    }

    /** Only digits, '.', signs and exponent letters: Double.parseDouble's input needs no clean-up. */
    private static boolean plainNumber(String v) {
        int n = v.length();
        if (n == 0) return false;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return false;
        }
        return true;
    }

    private static boolean isDigits(String s, int end) {
        for (int i = 0; i < end; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return end > 0;
    }

    /** Splits at runs of spaces (at most 4 tokens are looked at). */
    private static String[] tokens(String s) {
        String[] out = new String[4];
        int n = 0, i = 0, len = s.length();
        while (i < len && n < 4) {
            while (i < len && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            while (i < len && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > start) out[n++] = s.substring(start, i);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static String stripUncertain(String v) {
        String s = v.strip();
        while (s.endsWith("?")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }
}
