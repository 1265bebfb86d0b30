package org.astropol.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts candidate facts from a text: dated expressions, money and percentages, agreements and
 * rankings. A pure function of the text and the gazetteer, so it can run anywhere.
 */
public class Extractor {

    public static final String NAME = "astropol-extract/1";

    /** A date or period bound with its precision: {@code year}, {@code month}, {@code day} or {@code decade}. */
    public record DateMention(String value, String precision, String text, int start, int end) {}

    /**
     * A number with unit (currency code, "%", "USD/kg", or a thing counted: "launches", "satellites", "debris pieces"),
     * currency (null unless money), reference year and bound ({@code min} for "more than 1,500", else null).
     */
    public record Quantity(BigDecimal value, String unit, String currency, Integer year, String text, int start, int end, String bound) {
        public Quantity(BigDecimal value, String unit, String currency, Integer year, String text, int start, int end) {
            this(value, unit, currency, year, text, start, end, null);
        }
    }

    /**
     * A candidate statement: {@code type} is agreement, ranking or share; {@code subjects} are entity ids;
     * {@code quote} is the sentence it was read from, [start, end) its offsets.
     */
    public record Candidate(String type, List<String> subjects, String object, String value, String date,
                            String quote, int start, int end, String extractor) {}

    public record Result(List<Gazetteer.Mention> mentions, List<DateMention> dates, List<Quantity> quantities,
                         List<Candidate> statements) {}

    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    public Gazetteer gazetteer() { return gazetteer; }

    public Result extract(String text) {
        // the passes over the text read it in small pieces (no copy of a whole long text: a 20 MB text was a 40 MB
        // array per pass, which made the collector run and promote more)
        List<Gazetteer.Mention> mentions = gazetteer.find(text);
        // Arabic-Indic digits read as ASCII (same offsets); the reported texts stay those of the original
        String digits = Multilingual.asciiDigits(text);
        Triggers tr = Triggers.scan(digits);
        List<DateMention> dates = dates(digits, tr);
        List<Quantity> quantities = quantities(digits, dates, tr);
        if (digits != text) {
            dates = dates.stream().map(d -> new DateMention(d.value(), d.precision(), text.substring(d.start(), d.end()), d.start(), d.end())).toList();
            quantities = quantities.stream().map(q -> new Quantity(q.value(), q.unit(), q.currency(), q.year(), text.substring(q.start(), q.end()), q.start(), q.end(), q.bound())).toList();
        }
        List<Candidate> statements = statements(text, mentions, dates, quantities, tr, gazetteer::isGroup);
        return new Result(mentions, dates, quantities, statements);
    }

    // ------------------------------------------------------------------ dates

    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String YEAR = "(1[6-9]\\d\\d|20\\d\\d)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?=\\d)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\s*,?\\s+" + YEAR + "(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?=[JFMASOND])\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?![\\d])");
    private static final Pattern ISO_DATE = Pattern.compile("(?=[12])(?<![\\d-])" + YEAR + "-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?=[JFMASOND])\\b(" + MONTHS + ")\\s*,?\\s+(?:of\\s+)?" + YEAR + "(?![\\d])");
    private static final Pattern DECADE = Pattern.compile("(?=[12])\\b(1[6-9]\\d0|20\\d0)[’']?s\\b");
    // not a year: a resolution's number before its session in Roman numerals ("résolution 1962 (XVIII)") and the
    // year-number of a law or ordinance ("n° 2019-964"; three digits after the hyphen, where a range has two or four)
    private static final Pattern BARE_YEAR = Pattern.compile("(?=[12])(?<![\\d.,$€£¥/:-])" + YEAR
            + "(?![\\d%]|\\.\\d|,\\d| ?(?:percent|per cent|km|kg|t\\b|m\\b)|\\s?\\([IVXL]+\\)|-\\d{3}(?!\\d))");
    private static final Pattern RANGE_TAIL = Pattern.compile("^\\s*[-–—]\\s*(\\d{2,4})(?![\\d])");

    static List<DateMention> dates(String text) { return dates(text, Triggers.scan(text)); }

    static List<DateMention> dates(String text, Triggers tr) {
        // one small method per pattern, and one per candidate position: the JIT compiles those in milliseconds,
        // where the single method holding every loop was compiled anew at each loop (on-stack replacement) and
        // cost seconds of compiler time on the one core of the benchmark before it ran compiled
        DateScan d = new DateScan(text);
        int[] days = tr.days.all(), years = tr.years.all(), months = tr.months.all();
        d.dayMonthYear(days);
        d.monthDayYear(months);
        d.multilingualDayMonthYear(days);
        d.cjkOrMonthYear(years);
        d.isoDates(years);
        d.monthYear(months);
        d.decades(years);
        d.bareYears(years);
        WordDates.addTo(text, tr, d.found, d.taken);   // "the twenty-seventh day of January, one thousand ...", "premier janvier 2020"
        d.found.sort(Comparator.comparingInt(DateMention::start));
        return d.found;
    }

    /** The dates found so far in one text and the characters they take; each pattern in the order of {@link #dates}. */
    private static final class DateScan {
        final String text;
        final int n;
        final List<DateMention> found = new ArrayList<>();
        final BitSet taken;   // a bit per character: an eighth of a boolean[]

        DateScan(String text) {
            this.text = text;
            this.n = text.length();
            this.taken = new BitSet(n + 1);
        }

        void dayMonthYear(int[] days) {
            Matcher m = scan(DAY_MONTH_YEAR, text);
            for (int p : days) dayMonthYearAt(m, p);
        }

        private void dayMonthYearAt(Matcher m, int p) {
            int k = skipSpaces(text, afterDigits(text, p, false));
            if (k + 2 < n && Character.isLetter(text.charAt(k)) && Character.isLowerCase(text.charAt(k))) k = skipSpaces(text, k + 2); // 1st, 2nd
            if (k >= n || "JFMASOND".indexOf(text.charAt(k)) < 0) return;   // a month must follow
            if (!m.region(p, Math.min(n, p + 30)).lookingAt()) return;
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) return;
            add(found, taken, ymd(m.group(3), month(m.group(2)), day), "day", text, m.start(), m.end());
        }

        void monthDayYear(int[] months) {
            Matcher m = scan(MONTH_DAY_YEAR, text);
            for (int p : months) monthDayYearAt(m, p);
        }

        private void monthDayYearAt(Matcher m, int p) {
            if (!m.region(p, Math.min(n, p + 30)).lookingAt()) return;
            int day = Integer.parseInt(m.group(2));
            if (day < 1 || day > 31 || overlaps(taken, m.start(), m.end())) return;
            add(found, taken, ymd(m.group(3), month(m.group(1)), day), "day", text, m.start(), m.end());
        }

        /** French, Spanish, Russian, Arabic day-month-year and dotted dates. */
        void multilingualDayMonthYear(int[] days) {
            Matcher dmy = scan(Multilingual.DAY_MONTH_YEAR_PATTERN, text), dotted = scan(Multilingual.DOTTED_PATTERN, text);
            for (int p : days) {
                if (taken.get(p) || (p > 0 && Character.isDigit(text.charAt(p - 1)))) continue;
                addFound(Multilingual.dayMonthYear(text, p, dmy, dotted));
            }
        }

        /** Chinese 年月日; month-year of the other languages. */
        void cjkOrMonthYear(int[] years) {
            Matcher cjk = scan(Multilingual.CJK_PATTERN, text);
            for (int p : years) {
                if (taken.get(p)) continue;
                Multilingual.Found f = Multilingual.cjk(text, p, cjk);
                addFound(f != null ? f : Multilingual.monthYear(text, p));
            }
        }

        private void addFound(Multilingual.Found f) {
            if (f != null && !overlaps(taken, f.start(), f.end())) add(found, taken, f.value(), f.precision(), text, f.start(), f.end());
        }

        void isoDates(int[] years) {
            Matcher m = scan(ISO_DATE, text);
            for (int p : years) {
                if (p + 5 >= n || text.charAt(p + 4) != '-' || !Character.isDigit(text.charAt(p + 5))) continue;   // YYYY-MM-DD
                isoDateAt(m, p);
            }
        }

        private void isoDateAt(Matcher m, int p) {
            if (!m.region(p, Math.min(n, p + 10)).lookingAt()) return;
            if (overlaps(taken, m.start(), m.end())) return;
            add(found, taken, m.group(), "day", text, m.start(), m.end());
        }

        void monthYear(int[] months) {
            Matcher m = scan(MONTH_YEAR, text);
            for (int p : months) monthYearAt(m, p);
        }

        private void monthYearAt(Matcher m, int p) {
            if (!m.region(p, Math.min(n, p + 24)).lookingAt()) return;
            if (overlaps(taken, m.start(), m.end())) return;
            // "May" is also a verb: only as a month when capitalised and followed by a year, which the pattern requires
            add(found, taken, m.group(2) + (month(m.group(1)) < 10 ? "-0" : "-") + month(m.group(1)), "month", text, m.start(), m.end());
        }

        void decades(int[] years) {
            Matcher m = scan(DECADE, text);
            for (int p : years) {
                if (p + 4 >= n || text.charAt(p + 3) != '0' || "s'\u2019".indexOf(text.charAt(p + 4)) < 0) continue;   // 1950s
                decadeAt(m, p);
            }
        }

        private void decadeAt(Matcher m, int p) {
            if (!m.region(p, Math.min(n, p + 7)).lookingAt()) return;
            if (overlaps(taken, m.start(), m.end())) return;
            add(found, taken, m.group(1), "decade", text, m.start(), m.end());
        }

        void bareYears(int[] years) {
            Matcher m = scan(BARE_YEAR, text);
            for (int p : years) bareYearAt(m, p);
        }

        private void bareYearAt(Matcher m, int p) {
            if (!m.region(p, Math.min(n, p + 16)).lookingAt()) return;
            if (overlaps(taken, m.start(), m.end())) return;
            if (!plausibleYear(text, m.start(), m.end())) return;
            add(found, taken, m.group(1), "year", text, m.start(), m.end());
            // a range "2016-2017" or "2016-17": the second bound is a year too
            int dash = skipSpaces(text, m.end());
            if (dash >= n || "-\u2013\u2014".indexOf(text.charAt(dash)) < 0) return;
            Matcher t = RANGE_TAIL.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8));
            if (t.lookingAt()) {
                String tail = t.group(1);
                String y = tail.length() == 2 ? m.group(1).substring(0, 2) + tail : tail.length() == 4 ? tail : null;
                if (y != null && y.compareTo(m.group(1)) > 0 && y.compareTo("2100") < 0) {
                    add(found, taken, y, "year", text, t.start(1), t.end(1));
                }
            }
        }
    }

    private static String ymd(String year, int month, int day) {
        return year + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
    }

    private static final List<String> PAGE_ABBREVIATIONS = List.of("no. ", "p. ", "pp. ", "vol. ");

    private static boolean plausibleYear(String text, int start, int end) {
        // not a page, ISBN, phone or number inside a longer numeric token ("979-10-373", "+33 (0)1 40")
        if (start > 0 && Character.isLetter(text.charAt(start - 1))) return false;
        if (end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) != 's') return false;
        if (start < 3 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != '.') return true;
        for (String abbr : PAGE_ABBREVIATIONS) {
            int at = start - abbr.length();
            if (at >= 0 && text.regionMatches(true, at, abbr, 0, abbr.length()) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) return false;
        }
        return true;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (n) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }

    private static boolean overlaps(BitSet taken, int s, int e) {
        int k = taken.nextSetBit(s);
        return k >= 0 && k < e;
    }

    private static void add(List<DateMention> found, BitSet taken, String value, String precision, String text, int s, int e) {
        if (precision.equals("day") && !realDay(value)) return; // "31 February 2019" is no date to offer a reviewer
        taken.set(s, e);
        found.add(new DateMention(value, precision, text.substring(s, e), s, e));
    }

    private static boolean realDay(String isoDay) {
        try {
            // "YYYY-MM-DD" (what every pattern gives) read by hand: LocalDate.parse goes through the formatter's
            // field resolution, which cost more CPU and compiler time than the date patterns themselves
            if (isoDay.length() == 10 && isoDay.charAt(4) == '-' && isoDay.charAt(7) == '-' && digits(isoDay, 0, 4) && digits(isoDay, 5, 7) && digits(isoDay, 8, 10)) {
                java.time.LocalDate.of(Integer.parseInt(isoDay, 0, 4, 10), Integer.parseInt(isoDay, 5, 7, 10), Integer.parseInt(isoDay, 8, 10, 10));
            } else java.time.LocalDate.parse(isoDay);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    // ------------------------------------------------------------------ quantities

    private static final Map<String, String> CURRENCY_WORDS = new LinkedHashMap<>();
    static {
        CURRENCY_WORDS.put("us$", "USD"); CURRENCY_WORDS.put("usd", "USD"); CURRENCY_WORDS.put("$", "USD");
        CURRENCY_WORDS.put("dollars", "USD"); CURRENCY_WORDS.put("dollar", "USD"); CURRENCY_WORDS.put("us dollars", "USD");
        CURRENCY_WORDS.put("€", "EUR"); CURRENCY_WORDS.put("eur", "EUR"); CURRENCY_WORDS.put("euros", "EUR"); CURRENCY_WORDS.put("euro", "EUR");
        CURRENCY_WORDS.put("£", "GBP"); CURRENCY_WORDS.put("gbp", "GBP"); CURRENCY_WORDS.put("pounds", "GBP");
        CURRENCY_WORDS.put("¥", "JPY"); CURRENCY_WORDS.put("jpy", "JPY"); CURRENCY_WORDS.put("yen", "JPY");
        CURRENCY_WORDS.put("rmb", "CNY"); CURRENCY_WORDS.put("cny", "CNY"); CURRENCY_WORDS.put("yuan", "CNY"); CURRENCY_WORDS.put("renminbi", "CNY");
        CURRENCY_WORDS.put("rub", "RUB"); CURRENCY_WORDS.put("rubles", "RUB"); CURRENCY_WORDS.put("roubles", "RUB"); CURRENCY_WORDS.put("ruble", "RUB");
        CURRENCY_WORDS.put("inr", "INR"); CURRENCY_WORDS.put("rupees", "INR");
    }
    private static final String PREFIX_CUR = "(US\\$|\\$|€|£|¥|USD|EUR|GBP|JPY|RMB|CNY|RUB|INR)";
    private static final String SUFFIX_CUR_WORDS = "US dollars|dollars|dollar|euros|euro|yen|yuan|renminbi|rubles|roubles|ruble|rupees|USD|EUR|RMB|CNY|JPY|RUB|GBP|INR";
    private static final String SUFFIX_CUR = "(" + SUFFIX_CUR_WORDS + ")";
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String MAG_WORDS = "trillion|billion|million|thousand|bn|mln|tn|m|k";
    private static final String MAG = "(?:\\s*(" + MAG_WORDS + ")\\b)?";
    private static final String RANGE = "(?:\\s*(?:[-–—]|to)\\s*" + "(?:" + PREFIX_CUR.replace("(", "(?:") + "\\s?)?" + NUM + MAG + ")?";
    /** First letters of the words that may follow a number in {@link #MONEY_SUFFIX}: a magnitude, the "to" of RANGE, a currency. */
    private static final String SUFFIX_NEXT = firstLetters(MAG_WORDS + "|to|" + SUFFIX_CUR_WORDS);
    /** The same words whole, from the same lists. */
    private static final List<String> SUFFIX_WORDS = List.of((MAG_WORDS + "|to|" + SUFFIX_CUR_WORDS).split("\\|"));

    private static boolean asciiWordChar(char c) { return c < 128 && (Character.isLetterOrDigit(c) || c == '_'); }
    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    /** The distinct first characters of the alternatives of {@code a|b|c} (kept beside the word lists, so they never drift apart). */
    private static String firstLetters(String alternatives) {
        StringBuilder b = new StringBuilder();
        for (String w : alternatives.split("\\|")) if (b.indexOf(w.substring(0, 1)) < 0) b.append(w.charAt(0));
        return b.toString();
    }
    private static final String PER = "(\\s*(?:per\\s+|/\\s*)(kilograms?|kg|year|satellite|launch|seat|person)\\b)?";
    private static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final Pattern MONEY_WORDS = Pattern.compile("(?=[a-zA-Z])\\b(?i:(" + WORDS + ")(\\s+hundred)?)\\s+(trillion|billion|million|thousand)\\s+"
            + "(?i:" + SUFFIX_CUR + ")\\b");
    private static final Pattern MONEY_PREFIX = Pattern.compile("(?=[U$€£¥ERGCJI])(?<![\\w$€£¥])" + PREFIX_CUR + "\\s?" + NUM + MAG + RANGE
            + PER);
    private static final Pattern MONEY_SUFFIX = Pattern.compile("(?=\\d)(?<![\\w.,])" + NUM + MAG + RANGE + "\\s+" + SUFFIX_CUR + "\\b"
            + PER);
    private static final Pattern PERCENT = Pattern.compile("(?=\\d)(?<![\\w.,])" + NUM + "(?:\\s*%|\\s+(?:percent|per cent)\\b)");

    static List<Quantity> quantities(String text, List<DateMention> dates) { return quantities(text, dates, Triggers.scan(text)); }

    static List<Quantity> quantities(String text, List<DateMention> dates, Triggers tr) {
        // one small method per pattern and per candidate position, as in dates(), for the JIT's sake
        QuantityScan q = new QuantityScan(text, dates);
        int[] numbers = tr.numbers.all();
        q.moneyPrefix(tr.currencies.all());
        q.moneySuffix(numbers);
        q.moneyWords(tr.magnitudes.all());
        q.multilingual(numbers);
        q.percent(numbers);
        q.found.sort(Comparator.comparingInt(Quantity::start));
        return q.found;
    }

    /** The quantities found so far in one text and the characters they take; each pattern in the order of {@link #quantities}. */
    private static final class QuantityScan {
        final String text;
        final int n;
        final List<DateMention> dates;
        final List<Quantity> found = new ArrayList<>();
        final BitSet taken;   // a bit per character: an eighth of a boolean[]

        QuantityScan(String text, List<DateMention> dates) {
            this.text = text;
            this.n = text.length();
            this.dates = dates;
            this.taken = new BitSet(n + 1);
        }

        void moneyPrefix(int[] currencies) {
            Matcher m = scan(MONEY_PREFIX, text);
            for (int p : currencies) {
                if (!m.region(p, Math.min(n, p + 80)).lookingAt() || overlaps(taken, m.start(), m.end())) continue;
                money(found, taken, text, dates, m, CURRENCY_WORDS.get(m.group(1).toLowerCase(Locale.ROOT)), 2, 3, 4, 5, 6);
            }
        }

        void moneySuffix(int[] numbers) {
            Matcher m = scan(MONEY_SUFFIX, text);
            Matcher dotted = DOTTED_THOUSANDS.matcher(text);   // one matcher for the text, not one per number
            for (int p : numbers) moneySuffixAt(m, dotted, p);
        }

        private void moneySuffixAt(Matcher m, Matcher dotted, int p) {
            // left to the six-language reader below: a group of a number written with spaces ("200 000 euros") and
            // a number with dots between groups of three ("500.000 euros"), whose reading depends on the language
            if (continuesSpacedNumber(text, p) || dottedThousands(dotted, p)) return;
            int k = skipSpaces(text, afterDigits(text, p, true));
            // a magnitude, a currency word or a range must follow the number
            if (k >= n || k == afterDigits(text, p, true) && text.charAt(k) != '-' && text.charAt(k) != '\u2013') return;
            char c = text.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\u2013' && c != '\u2014') return;
            // a word after the number must begin a magnitude, "to" or a currency (the pattern is case-sensitive):
            // "25 satellites", "2019 the" are rejected without running the pattern
            if (Character.isLetter(c) && SUFFIX_NEXT.indexOf(c) < 0) return;
            if (Character.isLetter(c) && !suffixWordAt(k)) return;
            if (!m.region(p, Math.min(n, p + 80)).lookingAt()) return;
            if (overlaps(taken, m.start(), m.end())) return;
            money(found, taken, text, dates, m, CURRENCY_WORDS.get(m.group(5).toLowerCase(Locale.ROOT)), 1, 2, 3, 4, 6);
        }

        /**
         * Whether a word of {@link #MONEY_SUFFIX} can start at k: a magnitude, the "to" of a range or a currency
         * written there (a one-letter magnitude not followed by a word character). Words such as "the", "times",
         * "more", which passed the first-letter test, no longer run the pattern.
         */
        private boolean suffixWordAt(int k) {
            for (String w : SUFFIX_WORDS) {
                if (!text.startsWith(w, k)) continue;
                if (w.length() > 1) return true;
                int after = k + 1;
                if (after >= n || !asciiWordChar(text.charAt(after))) return true;
            }
            return false;
        }

        /** {@link #DOTTED_THOUSANDS} at p: it needs one to three digits, a dot and three digits, which most numbers fail without the pattern. */
        private boolean dottedThousands(Matcher dotted, int p) {
            int j = afterDigits(text, p, false);
            if (j - p > 3 || j + 3 >= n || text.charAt(j) != '.' || !isAsciiDigit(text.charAt(j + 1)) || !isAsciiDigit(text.charAt(j + 2))
                    || !isAsciiDigit(text.charAt(j + 3))) return false;
            return dotted.region(p, Math.min(n, p + 40)).lookingAt();
        }

        void moneyWords(int[] magnitudes) {
            Matcher m = scan(MONEY_WORDS, text);
            int[] cur = {-1};
            List<int[]> wordWs = new ArrayList<>();
            for (int p : magnitudes) wordWs.add(new int[]{Math.max(0, p - 45), Math.min(n, p + 45)});
            wordWs = merge(wordWs);
            while (next(m, wordWs, cur)) {
                if (overlaps(taken, m.start(), m.end())) continue;
                int w = List.of(WORDS.split("\\|")).indexOf(m.group(1).toLowerCase(Locale.ROOT));
                BigDecimal v = BigDecimal.valueOf(w < 10 ? w + 1 : (w - 8) * 10L);
                if (m.group(2) != null) v = v.multiply(BigDecimal.valueOf(100));
                v = v.multiply(number("1", m.group(3)));
                found.add(new Quantity(v, CURRENCY_WORDS.get(m.group(4).toLowerCase(Locale.ROOT)), CURRENCY_WORDS.get(m.group(4).toLowerCase(Locale.ROOT)),
                        referenceYear(text, dates, m.start()), m.group(), m.start(), m.end()));
                taken.set(m.start(), m.end());
            }
        }

        /** Amounts with the scale and currency words of the six languages, signs such as ₹, and counts of things. */
        void multilingual(int[] numbers) {
            BitSet dated = new BitSet(n + 1);
            for (DateMention d : dates) dated.set(d.start(), d.end());
            int lastEnd = -1;
            for (int p : numbers) {
                if (p < lastEnd || taken.get(p) || dated.get(p) || (p > 0 && (Character.isDigit(text.charAt(p - 1)) || text.charAt(p - 1) == '.' || text.charAt(p - 1) == ','))) continue;
                lastEnd = multilingualAt(dated, p, lastEnd);
            }
        }

        /** The amount at p if any (added, its characters taken); the end of the last amount found. */
        private int multilingualAt(BitSet dated, int p, int lastEnd) {
            Multilingual.Amount a = Multilingual.at(text, p);
            if (a == null || overlaps(taken, a.start(), a.end()) || overlaps(dated, a.start(), a.end())) return lastEnd;
            found.add(new Quantity(a.value(), a.unit(), a.currency(), referenceYear(text, dates, a.start()), text.substring(a.start(), a.end()), a.start(), a.end(), a.bound()));
            taken.set(a.start(), a.end());
            return a.end();
        }

        void percent(int[] numbers) {
            // first the numbers followed by "%", "percent" or "per cent", then the pattern at those few: with the
            // pattern in the same loop, the JIT compiled that loop (run once per text, by on-stack replacement) with
            // the pattern, the number parsing and the year lookup inlined, among the longest compilations of a pass
            Triggers.IntList at = new Triggers.IntList();
            for (int p : numbers) {
                int k = skipSpaces(text, afterDigits(text, p, true));
                if (k < n && (text.charAt(k) == '%' || text.startsWith("per", k))) at.add(p);
            }
            percentsAt(at.all());
        }

        private void percentsAt(int[] at) {
            Matcher m = scan(PERCENT, text);
            for (int p : at) percentAt(m, p);
        }

        private void percentAt(Matcher m, int p) {
            if (!m.region(p, Math.min(n, p + 40)).lookingAt()) return;
            if (overlaps(taken, m.start(), m.end())) return;
            found.add(new Quantity(number(m.group(1), null), "%", null, referenceYear(text, dates, m.start()),
                    m.group(), m.start(), m.end()));
            taken.set(m.start(), m.end());
        }
    }

    private static void money(List<Quantity> found, BitSet taken, String text, List<DateMention> dates, Matcher m, String cur,
                              int numG, int magG, int num2G, int mag2G, int perG) {
        String mag = m.group(magG), mag2 = m.group(mag2G);
        if (mag == null && mag2 != null) mag = mag2;                 // "$6-8 billion": both bounds in billions
        if ("m".equals(mag) && !m.group().contains("$") && !m.group().contains("€")) mag = null;
        String unit = cur;
        if (m.group(perG) != null) {
            String per = m.group(perG + 1).toLowerCase(Locale.ROOT);
            unit = cur + "/" + (per.startsWith("kilogram") ? "kg" : per);
        }
        Integer year = referenceYear(text, dates, m.start());
        found.add(new Quantity(number(m.group(numG), mag), unit, cur, year, m.group(), m.start(), m.end()));
        if (m.group(num2G) != null) {
            found.add(new Quantity(number(m.group(num2G), mag2 != null ? mag2 : mag), unit, cur, year, m.group(), m.start(), m.end()));
        }
        taken.set(m.start(), m.end());
    }

    static BigDecimal number(String digits, String magnitude) {
        BigDecimal v = new BigDecimal(digits.replace(",", ""));
        if (magnitude != null) {
            v = v.multiply(switch (magnitude.toLowerCase(Locale.ROOT)) {
                case "trillion", "tn" -> BigDecimal.TEN.pow(12);
                case "billion", "bn" -> BigDecimal.TEN.pow(9);
                case "million", "mln", "m" -> BigDecimal.TEN.pow(6);
                case "thousand", "k" -> BigDecimal.TEN.pow(3);
                default -> BigDecimal.ONE;
            });
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** The year a figure refers to: the nearest year stated before it in the same sentence. */
    private static Integer referenceYear(String text, List<DateMention> dates, int at) {
        int sentenceStart = sentenceStart(text, at);
        int sentenceEnd = sentenceEnd(text, at);
        DateMention best = null;
        for (DateMention d : within(dates, DateMention::start, sentenceStart, at)) {
            if (d.start() >= sentenceStart && d.end() <= at && !d.precision().equals("decade")) best = d;
        }
        if (best == null) {
            for (DateMention d : within(dates, DateMention::start, at, sentenceEnd)) {
                if (d.start() > at && d.end() <= sentenceEnd && !d.precision().equals("decade")) { best = d; break; }
            }
        }
        return best == null ? null : Integer.parseInt(best.value().substring(0, 4));
    }

    // ------------------------------------------------------------------ sentences and statements

    static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' && i >= 2 && text.charAt(i - 2) == '\n') break;
            if ((c == ' ' || c == '\n') && i >= 2 && isSentenceEnd(text, i - 2)) break;
            if (c == '。') break;
            i--;
        }
        return i;
    }

    static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') break;
            if (c == '。') return i + 1;
            if (isSentenceEnd(text, i) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) return i + 1;
            i++;
        }
        return i;
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') return false;
        if (c == '.') {
            // abbreviations: "U.S.", "Dr.", "No.", single capitals. Only the last four letters before the dot are
            // read: a longer word is no abbreviation (this runs at every dot of every sentence looked up)
            int j = i - 1;
            while (j >= 0 && i - j <= 4 && Character.isLetter(text.charAt(j))) j--;
            int wordLen = i - j - 1;
            if (wordLen == 1 && Character.isUpperCase(text.charAt(i - 1))) return false;
            if (wordLen <= 3 && isAbbreviation(text, j + 1, i)) return false;
        }
        return true;
    }

    private static final List<String> ABBREVIATIONS = List.of("dr", "no", "mr", "vs", "st", "ed", "eds", "vol", "pp", "p", "al");

    /**
     * Whether the letters [from, to) lower-cased are an abbreviation, without a substring: only ASCII letters
     * lower-case (Locale.ROOT) to these ASCII ones with the length kept ("e.g", "i.e" of the old list hold a dot,
     * which a word of letters never does).
     */
    private static boolean isAbbreviation(String text, int from, int to) {
        for (String a : ABBREVIATIONS) {
            if (a.length() != to - from) continue;
            boolean same = true;
            for (int k = 0; k < a.length() && same; k++) {
                char x = text.charAt(from + k);
                same = x < 128 && Character.toLowerCase(x) == a.charAt(k);
            }
            if (same) return true;
        }
        return false;
    }

    private static final Pattern AGREEMENT = Pattern.compile(
            "(?=[scil])\\b(signed|concluded|agreed on|agreed to|inked|launched)\\s+(?:an?\\s+|the\\s+)?(?:joint\\s+|new\\s+|bilateral\\s+|intergovernmental\\s+)?"
                    + "(memorandum of understanding|memorandum|MoU|MOU|agreement|treaty|accord|protocol|declaration|joint statement|contract|roadmap)"
                    + "(?:\\s+(?:on|of|for|concerning|regarding)\\s+([^.;]*?))?(?=\\s+(?:in|on|at)\\s+(?:\\d|" + MONTHS + ")|[.;,]|$)");
    /**
     * Verbs of the events that change who belongs to what, in the six languages, by action: signature, joining,
     * accession, ratification, withdrawal, and announced intentions ("will join", "plans to sign"), which are
     * tried first so "a annoncé qu'elle signera" is an announcement, not a signature.
     */
    private static final Map<String, List<String>> EVENT_VERBS = new LinkedHashMap<>();
    static {
        EVENT_VERBS.put("announced", List.of("announced (?:that )?(?:it|they) (?:will|would|intends? to|plans? to)", "will (?:sign|join|ratify)",
                "plans? to (?:sign|join)", "intends? to (?:sign|join)", "a annoncé qu", "annonce qu", "signera", "rejoindra", "anunció que",
                "firmará", "se unirá", "объявил[аи]?,? что", "подпишет", "присоединится", "宣布将", "将签署", "将加入", "أعلنت", "ستوقع", "ستنضم"));
        EVENT_VERBS.put("withdrawal", List.of("withdrew from", "withdraws from", "has withdrawn from", "s'est retirée? d", "se retiró d",
                "вышл[аи] из", "вышел из", "退出", "انسحبت من", "انسحب من"));
        EVENT_VERBS.put("ratification", List.of("ratified", "ratifies", "a ratifié", "ont ratifié", "ratificó", "ratificaron",
                "ратифицировал[аи]?", "批准了?", "صادقت على", "صادق على"));
        EVENT_VERBS.put("accession", List.of("acceded to", "accedes to", "a accédé", "accedió"));
        EVENT_VERBS.put("signature", List.of("signed", "signs", "has signed", "became (?:a |the \\w+ )?signatory", "a signé", "ont signé", "firmó",
                "firmaron", "ha firmado", "подписал[аи]?", "签署了?", "وقعت", "وقع"));
        EVENT_VERBS.put("joining", List.of("joined", "joins", "has joined", "became (?:a |the \\w+ )?(?:member|partner|party)", "a rejoint",
                "ont rejoint", "a adhéré", "ont adhéré", "se unió", "se sumó", "se adhirió", "присоединил(?:ась|ся|ись)", "вступил[аи]?",
                "加入了?", "انضمت", "انضم"));
    }
    private static final Pattern EVENT = Pattern.compile(String.join("|", EVENT_VERBS.entrySet().stream()
            .map(v -> "(?<" + v.getKey() + ">" + String.join("|", v.getValue()) + ")").toList()));
    /**
     * The literal beginning of every event verb (up to its first group, class or optional character: "plan" of
     * "plans? to", "announced " of "announced (?:that )?..."), by first character: {@link #EVENT} can only match where
     * one of them is written, so it is tried only there instead of a {@code find} that tries its eighty alternatives
     * at every character of the sentence (and, before this, at every position whose first two characters began a verb,
     * which "a " and "in" do all the time).
     */
    private static final char[] EVENT_FIRST_CHARS;
    private static final String[][] EVENT_PREFIXES;
    private static final boolean[] EVENT_FIRST = new boolean[65536];
    static {
        java.util.TreeMap<Character, List<String>> byFirst = new java.util.TreeMap<>();
        for (String v : EVENT_VERBS.values().stream().flatMap(List::stream).toList()) {
            int i = 0;
            while (i < v.length() && "\\[](){}|.^$?*+".indexOf(v.charAt(i)) < 0) i++;
            if (i < v.length() && "?*+{".indexOf(v.charAt(i)) >= 0) i--;   // the character before a quantifier is optional
            if (i < 2) throw new IllegalStateException("event verb must start with two literal characters: " + v);
            String prefix = v.substring(0, i);
            List<String> ps = byFirst.computeIfAbsent(prefix.charAt(0), k -> new ArrayList<>());
            if (!ps.contains(prefix)) ps.add(prefix);
        }
        EVENT_FIRST_CHARS = new char[byFirst.size()];
        EVENT_PREFIXES = new String[byFirst.size()][];
        int k = 0;
        for (var e : byFirst.entrySet()) {
            EVENT_FIRST_CHARS[k] = e.getKey();
            EVENT_PREFIXES[k++] = e.getValue().toArray(new String[0]);
            EVENT_FIRST[e.getKey()] = true;
        }
    }

    /** The first match of {@link #EVENT} in [s, e), as {@code m.region(s, e).find()} would find it, tried only where a verb starts. */
    private static boolean findEvent(Matcher m, String text, int s, int e) {
        for (int p = s; p + 1 < e; p++) {
            char c = text.charAt(p);
            if (!EVENT_FIRST[c]) continue;
            boolean written = false;
            for (String prefix : EVENT_PREFIXES[java.util.Arrays.binarySearch(EVENT_FIRST_CHARS, c)]) {
                if (p + prefix.length() <= e && text.startsWith(prefix, p)) { written = true; break; }
            }
            if (written && m.region(p, e).lookingAt()) return true;
        }
        return false;
    }
    /** Parts of the event verbs: a sentence without any of them is not tried with {@link #EVENT}. */
    private static final List<String> EVENT_STEMS = List.of("sign", "join", "ratif", "acced", "accéd", "accedi", "withdr", "retir", "adhér",
            "adhiri", "unió", "sumó", "firm", "will", "plan", "intend", "announc", "annonc", "anunci", "became", "rejoin", "unirá",
            "подпис", "присоедин", "вступ", "ратифиц", "вышл", "вышел", "объяв", "签", "加入", "批准", "退出", "宣布", "وقع", "انضم",
            "صادق", "انسحب", "أعلن", "ستوقع", "ستنضم");
    private static final Pattern DOCUMENT_NOUN = Pattern.compile("memorand|agreement|\\bmou\\b|protocol|contract|declaration|statement|accord sur|accord de|acuerdo de|acuerdo sobre"
            + "|меморандум|соглашение о|协议|备忘录|مذكرة", Pattern.CASE_INSENSITIVE);
    private static final List<String> ACTIONS = List.copyOf(EVENT_VERBS.keySet());
    /** The group number of each action in {@link #EVENT}: group(name) looks the name up in a map at every call. */
    private static final int[] ACTION_GROUPS = ACTIONS.stream().mapToInt(a -> EVENT.namedGroups().get(a)).toArray();
    private static final Pattern RANKING = Pattern.compile(
            "(?=[tfsenTFSEN0-9])\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+"
                    + "(?:\\w+\\s+)?(country|nation|state|power|company|agency)\\s+((?:capable of|able to|to|in the world to|ever to|after)[^.;]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE_OF = Pattern.compile("^\\s*(?:of|share of|of the)\\s+((?:the\\s+)?[^.;,]{3,80})");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    static List<Candidate> statements(String text, List<Gazetteer.Mention> mentions, List<DateMention> dates, List<Quantity> quantities) {
        return statements(text, mentions, dates, quantities, Triggers.scan(text));
    }

    static List<Candidate> statements(String text, List<Gazetteer.Mention> mentions, List<DateMention> dates, List<Quantity> quantities, Triggers tr) {
        return statements(text, mentions, dates, quantities, tr, id -> true);
    }

    static List<Candidate> statements(String text, List<Gazetteer.Mention> mentions, List<DateMention> dates, List<Quantity> quantities, Triggers tr,
                                      java.util.function.Predicate<String> isGroup) {
        // one method per kind, each loop calling a method per place: this method, run once per text, was compiled by
        // on-stack replacement late and whole (three loops with everything they call), twice, as the longest compilation
        List<Candidate> out = new ArrayList<>();
        int[] keywords = tr.keywords.all();
        agreements(out, text, mentions, dates, keywords);
        out.addAll(events(text, mentions, dates, isGroup));
        rankings(out, text, mentions, dates, keywords);
        shares(out, text, mentions, dates, quantities);
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    private static void agreements(List<Candidate> out, String text, List<Gazetteer.Mention> mentions, List<DateMention> dates, int[] keywords) {
        Matcher m = scan(AGREEMENT, text);
        for (int at : keywords) {
            m.region(at, Math.min(text.length(), at + 400));
            if (!m.lookingAt()) continue;
            Candidate c = agreement(text, m, mentions, dates);
            if (c != null) out.add(c);
        }
    }

    /** The agreement {@code m} matched, with the parties named before it in its sentence; null when none is. */
    private static Candidate agreement(String text, Matcher m, List<Gazetteer.Mention> mentions, List<DateMention> dates) {
        int s = sentenceStart(text, m.start()), e = sentenceEnd(text, m.start());
        List<String> parties = new ArrayList<>();
        for (var x : within(mentions, Gazetteer.Mention::start, s, m.start())) if (x.start() >= s && x.end() <= m.start() && !parties.contains(x.id())) parties.add(x.id());
        if (parties.isEmpty()) return null;
        String on = m.group(3) == null ? null : m.group(3).strip();
        String object = on;
        if (m.group(3) != null) for (var x : within(mentions, Gazetteer.Mention::start, m.start(3), m.end(3))) if (x.start() >= m.start(3) && x.end() <= m.end(3)) { object = x.id(); break; }
        return new Candidate("agreement", parties, object, m.group(2).toLowerCase(Locale.ROOT) + (on == null ? "" : " on " + on),
                dateIn(dates, m.end(), e), quote(text, s, e), s, e, NAME);
    }

    private static void rankings(List<Candidate> out, String text, List<Gazetteer.Mention> mentions, List<DateMention> dates, int[] keywords) {
        Matcher m = scan(RANKING, text);
        for (int at : keywords) {
            m.region(at, Math.min(text.length(), at + 300));
            if (!m.lookingAt()) continue;
            Candidate c = ranking(text, m, mentions, dates);
            if (c != null) out.add(c);
        }
    }

    /** The ranking {@code m} matched ("the third country to ..."), its subject the last name before it; null for a legal "third State". */
    private static Candidate ranking(String text, Matcher m, List<Gazetteer.Mention> mentions, List<DateMention> dates) {
        int s = sentenceStart(text, m.start()), e = sentenceEnd(text, m.start());
        String subject = null;
        for (var x : within(mentions, Gazetteer.Mention::start, s, m.start())) if (x.start() >= s && x.end() <= m.start()) subject = x.id();
        if (m.group(2).equals("State") || m.group(2).equals("States")) return null;   // legal "third State": another state, not a rank
        String ord = m.group(1).toLowerCase(Locale.ROOT);
        int rank = ORDINALS.indexOf(ord) + 1;
        if (rank == 0) rank = Integer.parseInt(ord.replaceAll("\\D", ""));
        return new Candidate("ranking", subject == null ? List.of() : List.of(subject), m.group(2).toLowerCase(Locale.ROOT) + " " + m.group(3).strip(),
                String.valueOf(rank), dateIn(dates, s, e), quote(text, s, e), s, e, NAME);
    }

    private static void shares(List<Candidate> out, String text, List<Gazetteer.Mention> mentions, List<DateMention> dates, List<Quantity> quantities) {
        for (Quantity q : quantities) {
            if (!"%".equals(q.unit())) continue;
            Candidate c = share(text, q, mentions, dates);
            if (c != null) out.add(c);
        }
    }

    /** "X% of the ...": a share, its subject the last name before it in the sentence; null when no "of" follows. */
    private static Candidate share(String text, Quantity q, List<Gazetteer.Mention> mentions, List<DateMention> dates) {
        Matcher of = SHARE_OF.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 100));
        if (!of.lookingAt()) return null;
        int s = sentenceStart(text, q.start()), e = sentenceEnd(text, q.start());
        String subject = null;
        for (var x : within(mentions, Gazetteer.Mention::start, s, q.start())) if (x.start() >= s && x.end() <= q.start()) subject = x.id();
        return new Candidate("share", subject == null ? List.of() : List.of(subject), of.group(1).strip(), q.value().toPlainString(),
                dateIn(dates, s, e), quote(text, s, e), s, e, NAME);
    }

    /**
     * Membership events: in a sentence with at least two linked names and an event verb, the names before the
     * verb are the members and the first name after it the group joined, signed or left (a verb-first sentence,
     * as in Arabic, takes the first name after the verb as member and the next as group). Value is the action
     * (signature, joining, accession, ratification, withdrawal, announced); date the first date of the sentence,
     * none for an announcement. Only sentences with two names are read, so the verbs are tried on little text.
     */
    static List<Candidate> events(String text, List<Gazetteer.Mention> mentions, List<DateMention> dates, java.util.function.Predicate<String> isGroup) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = scan(EVENT, text);
        int done = -1;
        for (Gazetteer.Mention group : mentions) {
            // only sentences that name a group are read: found from the group's mention, each sentence once
            if (group.start() < done || !isGroup.test(group.id())) continue;
            done = sentenceEnd(text, group.start());
            Candidate c = eventInSentence(text, m, mentions, group.start(), done, dates, isGroup);
            if (c != null) out.add(c);
        }
        return out;
    }

    /**
     * The event of the sentence ending at e around a group's mention at g, or null. The loop of {@link #events} runs
     * once per text, so the JIT compiles it by on-stack replacement, late and whole; this method, run per sentence,
     * is compiled early and on its own.
     */
    private static Candidate eventInSentence(String text, Matcher m, List<Gazetteer.Mention> mentions, int g, int e, List<DateMention> dates,
                                             java.util.function.Predicate<String> isGroup) {
        int s = sentenceStart(text, g);
        List<Gazetteer.Mention> in = new ArrayList<>();
        for (var x : within(mentions, Gazetteer.Mention::start, s, e)) if (x.end() <= e) in.add(x);
        if (in.size() < 2 || sameId(in)) return null;
        // the one-pass verb search first; the rest, rarely reached, in a method of its own (see eventIn)
        if (!findEvent(m, text, s, e)) return null;
        return eventIn(text, m, in, s, e, dates, isGroup);
    }

    /**
     * The event of one sentence [s, e) in which {@link #findEvent} found a verb ({@code m} holds the match), or null.
     * Apart from {@link #events}' loop so that the JIT compiles the loop, run at every group mention, without this
     * rarely reached body: inlined, it made the loop one of the longest compilations of an extraction pass.
     */
    private static Candidate eventIn(String text, Matcher m, List<Gazetteer.Mention> in, int s, int e, List<DateMention> dates,
                                     java.util.function.Predicate<String> isGroup) {
        boolean verb = false;   // some part of an event verb must occur in the sentence, as before
        String sentence = text.substring(s, e);
        for (String stem : EVENT_STEMS) if (sentence.contains(stem)) { verb = true; break; }
        if (!verb) return null;
        String action = null;
        for (int k = 0; k < ACTIONS.size(); k++) if (m.start(ACTION_GROUPS[k]) >= 0) { action = ACTIONS.get(k); break; }
        // a match inside a word ("designed", "resigned") is no verb; Han and Arabic have no such boundary
        char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
        if (Character.isLetter(before) && before < 0x0600) return null;
        // a set in mention order: a long sentence (a list, a table row) holds hundreds of mentions
        java.util.LinkedHashSet<String> members = new java.util.LinkedHashSet<>();
        String object = null;
        for (var x : in) {
            if (x.start() >= m.start()) break;   // sorted by start: none after this one ends before the verb
            if (x.end() <= m.start()) members.add(x.id());
        }
        for (var x : in) {
            if (x.start() < m.end()) continue;
            if (members.isEmpty()) { members.add(x.id()); continue; }
            if (members.contains(x.id()) || !isGroup.test(x.id())) continue;
            // the group is the verb's object: near it, and not the topic of a signed document ("signed a memorandum on X")
            int from = x.start() - m.end() > 40 ? -1 : m.end();
            if (from >= 0 && !DOCUMENT_NOUN.matcher(text).region(from, x.start()).find()) object = x.id();
            break;
        }
        if (members.isEmpty() || object == null) return null;
        String date = action.equals("announced") ? null : dateIn(dates, s, e);
        return new Candidate("membership", new ArrayList<>(members), object, action, date, quote(text, s, e), s, e, NAME);
    }

    /** Whether every mention names the same entity (a loop: a stream per sentence was a visible cost). */
    private static boolean sameId(List<Gazetteer.Mention> in) {
        String first = in.get(0).id();
        for (var x : in) if (!x.id().equals(first)) return false;
        return true;
    }

    // ---------------------------------------------------------------- windows: run patterns only near triggers

    private static Matcher scan(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Finds the next match in the windows, moving from window to window ({@code cur[0]} is the current one). */
    private static boolean next(Matcher m, List<int[]> windows, int[] cur) {
        while (true) {
            if (cur[0] >= 0 && cur[0] < windows.size() && m.find()) return true;
            if (++cur[0] >= windows.size()) return false;
            m.region(windows.get(cur[0])[0], windows.get(cur[0])[1]);
        }
    }

    /**
     * One pass over the text collecting where the patterns can start: runs of digits (days: 1-2 digits, years:
     * four digits starting with 1 or 2, numbers: any) and words of one family (month names; currency signs
     * and codes; agreement, membership and ordinal words), so each pattern is tried only there.
     */
    static final class Triggers {
        final IntList days = new IntList(), years = new IntList(), numbers = new IntList(),
                months = new IntList(), currencies = new IntList(), magnitudes = new IntList(), keywords = new IntList();
        /** Where a year may be written in words: "mil"/"mille", "тысяч…", a "年" inside a run of CJK characters (see WordDates). */
        final IntList thousandWords = new IntList();

        /** Positions in the order found, unboxed: a long text has millions of them. */
        static final class IntList {
            private int[] a = new int[64];
            private int size;
            void add(int v) {
                if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
                a[size++] = v;
            }
            int[] all() { return java.util.Arrays.copyOf(a, size); }
        }

        private static final List<String> CODES = List.of("USD", "EUR", "GBP", "JPY", "RMB", "CNY", "RUB", "INR");
        private static final List<String> VERBS = List.of("signed", "concluded", "agreed", "inked", "launched", "joined", "acceded", "ratified", "became");
        private static final List<String> MAGNITUDES = List.of("thousand", "million", "billion", "trillion");

        private static boolean letter(char c) {
            return c < 128 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : Character.isLetter(c);
        }

        /** Characters copied per piece: small enough to stay in cache, and no copy of a whole long text to collect. */
        static final int PIECE = 1 << 15;

        private static boolean runChar(char c) { return (c >= '0' && c <= '9') || letter(c); }

        /**
         * One pass over the text in pieces copied to a small array (array reads are far cheaper than charAt on a
         * UTF-16 string, and a 20 MB text copied whole was a 40 MB array for the collector to move). A piece ends
         * just after a character that is neither digit nor letter, so no run of digits or letters, and no look at
         * the character after a run, crosses it.
         */
        static Triggers scan(String text) {
            Triggers t = new Triggers();
            int n = text.length();
            char[] a = new char[Math.min(n, PIECE)];
            int from = 0;
            while (from < n) {
                int to = Math.min(n, from + PIECE);
                if (to < n) {
                    int e = to;
                    while (e > from && runChar(text.charAt(e - 1))) e--;
                    if (e > from) to = e;
                    else {   // one run longer than a piece: the piece grows to its end
                        while (to < n && runChar(text.charAt(to))) to++;
                        if (to < n) to++;
                    }
                }
                if (a.length < to - from) a = new char[to - from];
                text.getChars(from, to, a, 0);
                scanPiece(t, text, a, from, to - from);
                from = to;
            }
            return t;
        }

        /** The piece [base, base + m) of the text, whose characters are a[0, m); positions recorded in the text. */
        private static void scanPiece(Triggers t, String text, char[] a, int base, int m) {
            int n = text.length();
            int i = 0;
            boolean prevWordChar = false;   // a piece starts at the text's start or after a character of no run
            while (i < m) {
                char c = a[i];
                if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < m && a[j] >= '0' && a[j] <= '9') j++;
                    int len = j - i;
                    t.numbers.add(base + i);
                    if (len <= 2) {
                        t.days.add(base + i);
                        if (base + j + 2 <= n && letter(a[j])) t.keywords.add(base + i);   // "5th country"
                    }
                    if (len == 4 && (c == '1' || c == '2')) t.years.add(base + i);
                    i = j;
                    prevWordChar = true;
                } else if (letter(c)) {
                    int j = i + 1;
                    while (j < m && letter(a[j])) j++;
                    if (!prevWordChar) word(t, a, m, text, base, i, j);
                    i = j;
                    prevWordChar = true;
                } else {
                    if (c == '$' || c == '€' || c == '£' || c == '¥') t.currencies.add(base + i);
                    i++;
                    prevWordChar = false;
                }
            }
        }

        private static final String[][] KEYWORDS_BY_LETTER = new String[26][];
        /** Whether KEYWORDS_BY_LETTER[l][k] is a verb (matched case-sensitively) rather than an ordinal. */
        private static final boolean[][] IS_VERB = new boolean[26][];
        static {
            List<List<String>> by = new ArrayList<>();
            for (int k = 0; k < 26; k++) by.add(new ArrayList<>());
            for (String v : VERBS) by.get(v.charAt(0) - 'a').add(v);
            for (String o : ORDINALS) by.get(o.charAt(0) - 'a').add(o);
            for (int k = 0; k < 26; k++) {
                KEYWORDS_BY_LETTER[k] = by.get(k).toArray(new String[0]);
                IS_VERB[k] = new boolean[KEYWORDS_BY_LETTER[k].length];
                for (int v = 0; v < IS_VERB[k].length; v++) IS_VERB[k][v] = VERBS.contains(KEYWORDS_BY_LETTER[k][v]);
            }
        }

        /** Three-letter month prefixes ("Jan") and currency codes ("USD") as bits of a table over three ASCII letters. */
        private static final boolean[] MONTH3 = new boolean[26 * 26 * 26], CODE3 = new boolean[26 * 26 * 26];
        static {
            for (String m : MONTH_PREFIXES) MONTH3[three(m.charAt(0) - 'A', m.charAt(1) - 'a', m.charAt(2) - 'a')] = true;
            for (String k : CODES) CODE3[three(k.charAt(0) - 'A', k.charAt(1) - 'A', k.charAt(2) - 'A')] = true;
        }
        private static int three(int x, int y, int z) { return (x * 26 + y) * 26 + z; }
        /** Bit l set in WORD_LENGTHS[x] when a keyword or magnitude beginning with letter x has length l. */
        private static final int[] WORD_LENGTHS = new int[26];
        static {
            for (List<String> ws : List.of(VERBS, ORDINALS, MAGNITUDES)) for (String w : ws) WORD_LENGTHS[w.charAt(0) - 'a'] |= 1 << w.length();
        }
        private static boolean between(char c, char lo, char hi) { return c >= lo && c <= hi; }

        /**
         * The word [i, j) of the text, whose characters are {@code a}: table look-ups and array reads instead of the
         * twenty-odd startsWith calls per word it was (a word starts every six characters or so).
         */
        private static void word(Triggers t, char[] a, int m, String text, int base, int i, int j) {
            int len = j - i;
            char c = a[i];
            if (c >= 128) { WordDates.anchor(t.thousandWords, text, base + i, base + j); return; }
            if ((len == 3 || len == 5) && c == 'm' && text.startsWith(len == 3 ? "mil" : "mille", base + i)) t.thousandWords.add(base + i);
            if (len < 2 || len > 9) return;
            // most words: lower case, and no keyword or magnitude of their first letter has their length
            if (c >= 'a' && (WORD_LENGTHS[c - 'a'] & (1 << len)) == 0) return;
            if (c >= 'A' && c <= 'Z') {
                // a month prefix has lower-case second and third letters, a code upper-case ones
                if (len >= 3 && between(a[i + 1], 'a', 'z') && between(a[i + 2], 'a', 'z')
                        && MONTH3[three(c - 'A', a[i + 1] - 'a', a[i + 2] - 'a')]) t.months.add(base + i);
                if (len == 3) {
                    if (between(a[i + 1], 'A', 'Z') && between(a[i + 2], 'A', 'Z') && CODE3[three(c - 'A', a[i + 1] - 'A', a[i + 2] - 'A')]) t.currencies.add(base + i);
                } else if (len == 2 && c == 'U' && a[i + 1] == 'S' && i + 2 < m && a[i + 2] == '$') t.currencies.add(base + i);
            }
            char lower = (char) (c | 32);
            // regionMatches(ignoreCase) kept for its exact folding; tried only when the first letter can begin a magnitude
            if (len >= 7 && len <= 8 && (lower == 't' || lower == 'm' || lower == 'b')) {
                for (String k : MAGNITUDES) if (len == k.length() && text.regionMatches(true, base + i, k, 0, len)) t.magnitudes.add(base + i);
            }
            if (len >= 5) {
                String[] ks = KEYWORDS_BY_LETTER[lower - 'a'];
                boolean[] verbs = IS_VERB[lower - 'a'];
                for (int v = 0; v < ks.length; v++) {
                    String k = ks[v];
                    if (len != k.length()) continue;
                    if (verbs[v] ? startsWith(a, m, i, k) : text.regionMatches(true, base + i, k, 0, len)) { t.keywords.add(base + i); return; }
                }
            }
        }

        private static boolean startsWith(char[] a, int m, int i, String k) {
            if (i + k.length() > m) return false;
            for (int x = 0; x < k.length(); x++) if (a[i + x] != k.charAt(x)) return false;
            return true;
        }
    }

    private static final List<String> MONTH_PREFIXES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?![\\d.,])");

    /** True when the digits at p are a three-digit group after a space inside a number ("000" in "200 000"). */
    private static boolean continuesSpacedNumber(String text, int p) {
        if (p < 2 || !Character.isDigit(text.charAt(p - 2))) return false;
        char sep = text.charAt(p - 1);
        return (sep == ' ' || sep == '\u00a0' || sep == '\u202f') && afterDigits(text, p, false) - p == 3;
    }

    /** The end of the number starting at p: digits, and with {@code separators} also "," and "." between digits. */
    private static int afterDigits(String text, int p, boolean separators) {
        int n = text.length(), j = p;
        while (j < n) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') j++;
            else if (separators && (c == ',' || c == '.') && j + 1 < n && text.charAt(j + 1) >= '0' && text.charAt(j + 1) <= '9') j++;
            else break;
        }
        return j;
    }

    private static int skipSpaces(String text, int k) {
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) k++;
        return k;
    }

    private static List<int[]> merge(List<int[]> ws) {
        ws.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] w : ws) {
            if (!out.isEmpty() && w[0] <= out.get(out.size() - 1)[1]) out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], w[1]);
            else out.add(new int[]{w[0], w[1]});
        }
        return out;
    }

    /** The items (sorted by start) whose start lies in [from, to): a binary search, so statements stay linear overall. */
    static <T> List<T> within(List<T> sorted, java.util.function.ToIntFunction<T> start, int from, int to) {
        int lo = lowerBound(sorted, start, from), hi = lowerBound(sorted, start, to);
        return lo >= hi ? List.of() : sorted.subList(lo, hi);
    }

    private static <T> int lowerBound(List<T> sorted, java.util.function.ToIntFunction<T> start, int key) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static String dateIn(List<DateMention> dates, int from, int to) {
        for (DateMention d : within(dates, DateMention::start, from, to)) if (d.start() >= from && d.end() <= to) return d.value();
        return null;
    }

    /**
     * The sentence, white space collapsed, at most 300 characters (the citation quote limit): a longer sentence
     * is cut at a word boundary, so the quote stays a verbatim part of the source.
     */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String quote(String text, int s, int e) {
        String q = SPACES.matcher(text.substring(s, e)).replaceAll(" ").strip();
        if (q.length() <= 300) return q;
        int cut = q.lastIndexOf(' ', 300);
        return q.substring(0, cut > 200 ? cut : 300).strip();
    }
}
