package org.astropol.ingest;

import org.astropol.ingest.Extractor.DateMention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates written in words, as treaties close ("the twenty-seventh day of January, one thousand nine hundred and
 * sixty-seven", "le vingt-sept janvier mil neuf cent soixante-sept", "el día veintisiete de enero de mil novecientos
 * sesenta y siete", "января месяца двадцать седьмого дня тысяча девятьсот шестьдесят седьмого года", "一九六七年一月二十七日"),
 * and days in words or ordinal digits before a month with a year in digits ("premier janvier 2020", "1-го января
 * 2020 года", "the 27th day of January 1967"), each with its precision (day, month or year).
 *
 * <p>Hand-written word tables: ICU4J 76.1's RuleBasedNumberFormat (SPELLOUT, the one maintained Java library that
 * parses number words in these languages) was tried first. It reads "mil neuf cent soixante-sept", the French
 * treaties' spelling, as 0 and "тысяча девятьсот шестьдесят семь" as 1900, and a lenient parse took 20 ms to 2 s
 * each on this machine: too slow for an extractor that runs over whole corpora. The tables below hold the
 * cardinals and the ordinals that days and years use in each language, and nothing else.
 *
 * <p>Cheap by construction: a year in words is only looked for around a thousand word ("thousand", "mil"/"mille",
 * "тысяч…") or a "年", whose positions the extractor's word scanner records as it reads every word anyway (no pass
 * over the text of its own), and a day in words only before a month-and-year date the other patterns already found.
 */
final class WordDates {
    private WordDates() {}

    private static final int ADD = 0, HUNDRED = 1, THOUSAND = 2, ORDINAL = 3, AND = 4;

    /** Number words per language: value and kind (added, ×100, ×1000, ordinal that ends the number, "and"). */
    private static final Map<String, int[]> EN = new HashMap<>(), FR_ES = new HashMap<>(), RU = new HashMap<>();
    private static void words(Map<String, int[]> into, int kind, String list, int... values) {
        String[] ws = list.split(" ");
        for (int i = 0; i < ws.length; i++) into.put(ws[i], new int[]{values.length == 0 ? i + 1 : values[i], kind});
    }
    private static final int[] TENS = {20, 30, 40, 50, 60, 70, 80, 90};
    static {
        words(EN, ADD, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen");
        words(EN, ADD, "twenty thirty forty fifty sixty seventy eighty ninety", TENS);
        words(EN, ORDINAL, "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth"
                + " sixteenth seventeenth eighteenth nineteenth");
        words(EN, ORDINAL, "twentieth thirtieth", 20, 30);
        words(EN, HUNDRED, "hundred", 100);
        words(EN, THOUSAND, "thousand", 1000);
        words(EN, AND, "and", 0);
        // French and Spanish in one table: no word is a number in both with different values ("un" and "mil" agree)
        words(FR_ES, ADD, "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize");
        words(FR_ES, ADD, "vingt trente quarante cinquante soixante", 20, 30, 40, 50, 60);
        words(FR_ES, ADD, "une vingts", 1, 20);
        words(FR_ES, ORDINAL, "premier", 1);
        words(FR_ES, HUNDRED, "cent cents", 100, 100);
        words(FR_ES, THOUSAND, "mil mille", 1000, 1000);
        words(FR_ES, AND, "et y", 0, 0);
        words(FR_ES, ADD, "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho"
                + " diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve");
        words(FR_ES, ADD, "treinta cuarenta cincuenta sesenta setenta ochenta noventa", 30, 40, 50, 60, 70, 80, 90);
        words(FR_ES, ADD, "cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos",
                100, 100, 200, 300, 400, 500, 600, 700, 800, 900);
        words(FR_ES, ORDINAL, "primero", 1);
        words(RU, ADD, "один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать"
                + " шестнадцать семнадцать восемнадцать девятнадцать");
        words(RU, ADD, "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто", TENS);
        words(RU, ADD, "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот", 100, 200, 300, 400, 500, 600, 700, 800, 900);
        words(RU, ADD, "одна две", 1, 2);
        words(RU, THOUSAND, "тысяча тысячи тысяч", 1000, 1000, 1000);
        // Russian ordinals of days and of a year's last word, genitive ("седьмого") and nominative neuter ("седьмое")
        String[] stems = {"перв", "втор", "треть", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат", "двенадцат",
                "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат"};
        for (int i = 0; i < stems.length; i++) ordinalRu(stems[i], i + 1);
        ordinalRu("четвёрт", 4);
        String[] tens = {"двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"};
        for (int i = 0; i < tens.length; i++) ordinalRu(tens[i], TENS[i]);
        ordinalRu("двухтысячн", 2000);
        ordinalRu("тысячн", 1000);
    }
    private static void ordinalRu(String stem, int value) {
        boolean soft = stem.endsWith("ь");   // третьего, третье
        RU.put(stem + (soft ? "его" : "ого"), new int[]{value, ORDINAL});
        RU.put(stem + (soft ? "е" : "ое"), new int[]{value, ORDINAL});
    }

    private static final Map<String, Integer> MONTHS_EN = months("january february march april may june july august september october november december");
    private static final Map<String, Integer> MONTHS_FR = months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
    private static final Map<String, Integer> MONTHS_ES = months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
    private static final Map<String, Integer> MONTHS_RU = months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря");
    static {
        MONTHS_FR.put("fevrier", 2); MONTHS_FR.put("aout", 8); MONTHS_FR.put("decembre", 12); MONTHS_ES.put("setiembre", 9);
    }
    private static Map<String, Integer> months(String names) {
        Map<String, Integer> m = new HashMap<>();
        String[] ns = names.split(" ");
        for (int i = 0; i < 12; i++) m.put(ns[i], i + 1);
        return m;
    }

    private enum Lang {
        EN(WordDates.EN, MONTHS_EN), FR(FR_ES, MONTHS_FR), ES(FR_ES, MONTHS_ES), RU(WordDates.RU, MONTHS_RU);
        final Map<String, int[]> numbers; final Map<String, Integer> months;
        Lang(Map<String, int[]> numbers, Map<String, Integer> months) { this.numbers = numbers; this.months = months; }
    }

    /** A word or a run of digits: [start, end) and its lower-case form. */
    private record Tok(int start, int end, String lower) {}

    /** The words of text[from, to), widened to whole words. */
    private static List<Tok> tokens(String text, int from, int to) {
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) from--;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) to++;
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int j = i + 1;
            while (j < to && Character.isLetterOrDigit(text.charAt(j))) j++;
            out.add(new Tok(i, j, text.substring(i, j).toLowerCase(Locale.ROOT)));
            i = j;
        }
        return out;
    }

    /** Whether only spaces and hyphens stand between two words ("sixty-seven", "vingt -neuf", a line break). */
    private static boolean joined(String text, Tok a, Tok b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u00a0' && c != '\u2010' && c != '\u2011') return false;
        }
        return true;
    }

    /** Whether spaces, hyphens and at most one comma stand between two words ("January, one thousand"). */
    private static boolean near(String text, Tok a, Tok b) {
        int commas = 0;
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == ',') commas++;
            else if (!Character.isWhitespace(c) && c != '-' && c != '\u00a0') return false;
        }
        return commas <= 1 && b.start() - a.end() <= 4;
    }

    /** The number of the words toks[from..to] (inclusive), or -1 when one is no number word or they do not compose. */
    static int value(String text, List<Tok> toks, int from, int to, Map<String, int[]> table) {
        int total = 0, current = 0;
        boolean any = false;
        for (int i = from; i <= to; i++) {
            int[] w = table.get(toks.get(i).lower());
            if (w == null || (i > from && !joined(text, toks.get(i - 1), toks.get(i)))) return -1;
            if (w[1] == AND) { if (i == from || i == to) return -1; continue; }
            if (w[1] == ORDINAL && i != to) return -1;   // an ordinal ends the number
            any = true;
            switch (w[1]) {
                case HUNDRED -> current = Math.max(current, 1) * 100;
                case THOUSAND -> { total += Math.max(current, 1) * 1000; current = 0; }
                default -> {
                    // French "quatre-vingt(s)" is 80, not 4 + 20
                    if (w[0] == 20 && i > from && toks.get(i - 1).lower().equals("quatre") && toks.get(i).lower().startsWith("vingt")) current += 76;
                    else current += w[0];
                }
            }
        }
        return any ? total + current : -1;
    }

    /** A day before toks[end] inclusive: "twenty-seventh", "vingt -neuf", "premier", "27th", "1er", "1-го"; {start token, day} or null. */
    private static int[] dayEndingAt(String text, List<Tok> toks, int end, Lang lang) {
        if (end < 0) return null;
        String w = toks.get(end).lower();
        if (lang == Lang.RU && (w.equals("го") || w.equals("е")) && end > 0 && toks.get(end - 1).end() + 1 == toks.get(end).start()
                && text.charAt(toks.get(end).start() - 1) == '-') {
            end--;   // "1-го"
            w = toks.get(end).lower();
        }
        if (Character.isDigit(w.charAt(0))) {
            int k = 0;
            while (k < w.length() && Character.isDigit(w.charAt(k))) k++;
            String suffix = w.substring(k);
            if (k > 2 || !(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th") || suffix.equals("er"))) return null;
            int d = Integer.parseInt(w.substring(0, k));
            return d >= 1 && d <= 31 ? new int[]{end, d} : null;
        }
        for (int start = Math.max(0, end - 3); start <= end; start++) {   // the longest number that ends here
            int d = value(text, toks, start, end, lang.numbers);
            if (d >= 1 && d <= 31) return new int[]{start, d};
        }
        return null;
    }

    /** Finds the dates in words of text and adds them to found (sorted later by the caller), upgrading month dates whose day is in words. */
    static void addTo(String text, Extractor.Triggers tr, List<DateMention> found, BitSet taken) {
        upgradeMonths(text, found, taken);
        for (int p : tr.magnitudes.all()) if (text.regionMatches(true, p, "thousand", 0, 8)) yearAt(text, p, Lang.EN, found, taken);
        for (int p : tr.thousandWords.all()) {
            char c = text.charAt(p);
            if (c == '年') chinese(text, p, found, taken);
            else yearAt(text, p, c == 'm' ? null : Lang.RU, found, taken);
        }
    }

    /**
     * Called by the extractor's word scanner for a word [i, j) that begins with a non-ASCII letter: records "тысяч…"
     * and each "年" of a run of CJK characters, so that finding these anchors costs no pass over the text of its own.
     */
    static void anchor(Extractor.Triggers.IntList into, String text, int i, int j) {
        char c = text.charAt(i);
        if (c == 'т') { if (j - i >= 5 && text.startsWith("тысяч", i)) into.add(i); }
        else if (c >= '\u3007') for (int k = i; k < j; k++) if (text.charAt(k) == '年') into.add(k);
    }

    /** A year in words around the thousand word at p, with the month and day written before it. */
    private static void yearAt(String text, int p, Lang lang, List<DateMention> found, BitSet taken) {
        if (taken.get(p)) return;
        List<Tok> toks = tokens(text, Math.max(0, p - 120), Math.min(text.length(), p + 90));
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < p) k++;
        if (k == toks.size()) return;
        Map<String, int[]> table = lang == null ? FR_ES : lang.numbers;
        int first = k;   // "one thousand", "deux mille", "две тысячи"
        while (first > 0 && k - first < 2 && table.containsKey(toks.get(first - 1).lower()) && table.get(toks.get(first - 1).lower())[1] == ADD
                && joined(text, toks.get(first - 1), toks.get(first))) first--;
        int last = -1, year = -1;
        for (int e = k; e < toks.size() && e < k + 8; e++) {   // the longest run that reads as a number
            int v = value(text, toks, first, e, table);
            if (v < 0) { if (table.containsKey(toks.get(e).lower())) continue; break; }
            last = e; year = v;
        }
        if (last < 0 || !plausible(year)) return;
        int spanEnd = toks.get(last).end();
        if (last + 1 < toks.size() && (toks.get(last + 1).lower().equals("года") || toks.get(last + 1).lower().equals("год"))) spanEnd = toks.get(last + 1).end();
        int j = first - 1;   // the word before the year
        Lang[] candidates = lang != null ? new Lang[]{lang} : new Lang[]{Lang.FR, Lang.ES};
        for (Lang l : candidates) {
            int[] md = monthAndDayBefore(text, toks, j, first, l);
            if (md != null) { add(text, found, taken, year, md[1], md[2], md[0], spanEnd); return; }
        }
        // no month: a year alone only where the words say it is one ("in the year ...", "l'an ...", "el año ...", "... года")
        String before = j >= 0 ? toks.get(j).lower() : "";
        boolean yearWord = before.equals("year") || before.equals("an") || before.equals("año") || spanEnd != toks.get(last).end();
        if (yearWord) add(text, found, taken, year, 0, 0, toks.get(first).start(), spanEnd);
    }

    /** {start offset, month, day (0 when absent)} of the month (and day) written before the year starting at token first, or null. */
    private static int[] monthAndDayBefore(String text, List<Tok> toks, int j, int first, Lang lang) {
        if (j < 0) return null;
        if (lang == Lang.ES && toks.get(j).lower().equals("de") && j > 0) j--;   // "enero de mil ..."
        if (lang == Lang.RU && toks.get(j).lower().equals("дня")) {             // "января месяца двадцать седьмого дня тысяча ..."
            int[] day = dayEndingAt(text, toks, j - 1, lang);
            if (day == null || day[0] < 2 || !toks.get(day[0] - 1).lower().equals("месяца")) return null;
            Integer m = lang.months.get(toks.get(day[0] - 2).lower());
            return m == null ? null : new int[]{toks.get(day[0] - 2).start(), m, day[1]};
        }
        Tok month = toks.get(j);
        Integer m = lang.months.get(month.lower());
        if (m == null || !near(text, month, toks.get(j + 1))) return null;
        if (lang == Lang.EN && !Character.isUpperCase(text.charAt(month.start()))) return null;   // "may" the verb
        int[] day = dayBeforeMonth(text, toks, j, lang);
        return day == null ? new int[]{month.start(), m, 0} : new int[]{toks.get(day[0]).start(), m, day[1]};
    }

    /** {start token, day} of the day written before the month at token j: "the twenty-seventh day of", "27th of", "vingt-sept", "veintisiete de", "двадцать седьмого". */
    private static int[] dayBeforeMonth(String text, List<Tok> toks, int j, Lang lang) {
        int d = j - 1;
        if (d < 0) return null;
        boolean dayWord = false;
        if (lang == Lang.EN) {
            if (!toks.get(d).lower().equals("of")) return null;
            d--;
            if (d >= 0 && toks.get(d).lower().equals("day")) { d--; dayWord = true; }
        } else if (lang == Lang.ES) {
            if (!toks.get(d).lower().equals("de")) return null;
            d--;
        }
        if (d < 0 || !near(text, toks.get(d), toks.get(d + 1))) return null;
        // English "3 of January 2020" may be an issue number: without "day", the day must be an ordinal ("3rd", "third")
        if (lang == Lang.EN && !dayWord && !ordinal(toks.get(d).lower())) return null;
        return dayEndingAt(text, toks, d, lang);
    }

    private static boolean ordinal(String w) {
        if (Character.isDigit(w.charAt(0))) return w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th");
        int[] v = EN.get(w);
        return v != null && v[1] == ORDINAL;
    }

    /** Month-precision dates with a year in digits ("January 1967", "janvier 2020", "enero de 2020", "января 2020") whose day is written before them in words or ordinal digits. */
    private static void upgradeMonths(String text, List<DateMention> found, BitSet taken) {
        for (int i = 0; i < found.size(); i++) {
            DateMention x = found.get(i);
            if (!x.precision().equals("month") || x.start() == 0 || !Character.isLetter(text.charAt(x.start()))) continue;
            DateMention day = withDay(text, x, taken);
            if (day != null) found.set(i, day);
        }
    }

    /**
     * The month-year date x with the day written before it, or null. Apart from the loop of {@link #upgradeMonths}
     * so the JIT compiles that loop without this body (with it inlined, it was one of the longest compilations).
     */
    private static DateMention withDay(String text, DateMention x, BitSet taken) {
        int wordEnd = x.start();
        while (wordEnd < x.end() && Character.isLetter(text.charAt(wordEnd))) wordEnd++;
        String month = text.substring(x.start(), wordEnd).toLowerCase(Locale.ROOT);
        Lang lang = MONTHS_EN.containsKey(month) ? Lang.EN : MONTHS_FR.containsKey(month) ? Lang.FR
                : MONTHS_ES.containsKey(month) ? Lang.ES : MONTHS_RU.containsKey(month) ? Lang.RU : null;
        if (lang == null || !dayMayPrecede(text, x.start(), lang)) return null;
        List<Tok> toks = tokens(text, Math.max(0, x.start() - 60), wordEnd);
        int j = toks.size() - 1;   // the month
        int[] day = dayBeforeMonth(text, toks, j, lang);
        if (day == null) return null;
        int start = toks.get(day[0]).start();
        String iso = x.value() + (day[1] < 10 ? "-0" : "-") + day[1];
        if (!realDay(iso)) return null;
        int k = taken.nextSetBit(start);
        if (k >= 0 && k < x.start()) return null;
        taken.set(start, x.start());
        return new DateMention(iso, "day", text.substring(start, x.end()), start, x.end());
    }

    /** The cheap test before tokenizing: the word before the month is "of" (en), "de" (es), a number word or digits (fr, ru). */
    private static boolean dayMayPrecede(String text, int month, Lang lang) {
        int we = month;
        while (we > 0 && (text.charAt(we - 1) == ' ' || text.charAt(we - 1) == '\u00a0' || text.charAt(we - 1) == ',')) we--;
        int ws = we;
        while (ws > 0 && ws > we - 12 && Character.isLetterOrDigit(text.charAt(ws - 1))) ws--;
        if (ws == we) return false;
        return switch (lang) {
            case EN -> we - ws == 2 && text.regionMatches(true, ws, "of", 0, 2);
            case ES -> we - ws == 2 && text.regionMatches(true, ws, "de", 0, 2);
            default -> Character.isDigit(text.charAt(ws)) || text.startsWith("го", ws) || text.startsWith("е", ws)
                    || lang.numbers.containsKey(text.substring(ws, we).toLowerCase(Locale.ROOT));
        };
    }

    private static final String CJK_DIGITS = "〇零一二三四五六七八九";

    /** "一九六七年一月二十七日", "公元一千九百六十七年一月二十七日", "二〇二〇年三月": the year before 年 at p, then month and day. */
    private static void chinese(String text, int p, List<DateMention> found, BitSet taken) {
        int s = p;
        while (s > 0 && p - s < 7 && cjkNumeral(text.charAt(s - 1))) s--;
        if (s == p) return;
        int year = cjkValue(text, s, p);
        if (!plausible(year)) return;
        int month = 0, day = 0, end = p + 1;
        int m = end;
        while (m < text.length() && m - end < 3 && cjkNumeral(text.charAt(m))) m++;
        if (m > end && m < text.length() && text.charAt(m) == '月') {
            int v = cjkValue(text, end, m);
            if (v >= 1 && v <= 12) {
                month = v;
                end = m + 1;
                int d = end;
                while (d < text.length() && d - end < 3 && cjkNumeral(text.charAt(d))) d++;
                if (d > end && d < text.length() && text.charAt(d) == '日') {
                    int dv = cjkValue(text, end, d);
                    if (dv >= 1 && dv <= 31) { day = dv; end = d + 1; }
                }
            }
        }
        add(text, found, taken, year, month, day, s, end);
    }

    private static boolean cjkNumeral(char c) { return CJK_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千'; }

    /** 一九六七 digit by digit; 一千九百六十七 and 二十七 by place; -1 when malformed. */
    private static int cjkValue(String text, int s, int e) {
        boolean positional = false;
        for (int i = s; i < e; i++) { char c = text.charAt(i); if (c == '十' || c == '百' || c == '千') positional = true; }
        int total = 0, current = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            int digit = CJK_DIGITS.indexOf(c);
            if (digit >= 0) {
                digit = Math.max(0, digit - 1);   // 〇 and 零 are both 0
                if (positional) current = digit; else total = total * 10 + digit;
            } else {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += Math.max(current, 1) * unit;
                current = 0;
            }
        }
        return total + current;
    }

    private static void add(String text, List<DateMention> found, BitSet taken, int year, int month, int day, int s, int e) {
        int k = taken.nextSetBit(s);
        if (k >= 0 && k < e) return;
        String value = year + (month == 0 ? "" : (month < 10 ? "-0" : "-") + month + (day == 0 ? "" : (day < 10 ? "-0" : "-") + day));
        if (day != 0 && !realDay(value)) return;
        taken.set(s, e);
        found.add(new DateMention(value, day != 0 ? "day" : month != 0 ? "month" : "year", text.substring(s, e), s, e));
    }

    /** The years the digit patterns accept (1600-2099): "one thousand satellites" and "一千年" are no dates. */
    private static boolean plausible(int year) { return year >= 1600 && year <= 2099; }

    private static boolean realDay(String iso) {
        try { LocalDate.parse(iso); return true; } catch (DateTimeException e) { return false; }
    }
}
