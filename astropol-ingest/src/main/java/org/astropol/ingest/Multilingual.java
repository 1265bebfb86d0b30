package org.astropol.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, amounts and counts written in French, Spanish, Russian, Chinese and Arabic (and the English forms the
 * English patterns of {@link Extractor} do not cover: signs such as ₹, crore and lakh, counts of things).
 *
 * <p>Hand-written rather than ICU4J's number parser: a figure in a text comes with a scale word and a currency
 * or unit word of its language ("3,8 млрд долларов", "82.32亿美元"), which no number-format library parses, and
 * the separators must be read from the figure itself plus the language around it ("7.080 millones" is 7080,
 * "3,8 млрд" is 3.8). Patterns are tried only at the digit positions the trigger scan already collected, so
 * the cost on text without such forms is a few character tests per number.
 */
final class Multilingual {
    private Multilingual() {}

    // ------------------------------------------------------------------ digits

    /**
     * The text with Arabic-Indic and Extended Arabic-Indic digits and the Arabic decimal and thousands marks
     * replaced by ASCII, same length, so offsets carry over; the same string when there is none.
     */
    static String asciiDigits(String text) {
        // looked for in small pieces first: the whole text is copied only when it holds such a digit (rarely)
        int n = text.length();
        char[] piece = new char[Math.min(n, Extractor.Triggers.PIECE)];
        for (int from = 0; from < n; from += piece.length) {
            int to = Math.min(n, from + piece.length);
            text.getChars(from, to, piece, 0);
            for (int k = 0; k < to - from; k++) if (arabicDigitOrMark(piece[k])) return asciiDigits(text, text.toCharArray());
        }
        return text;
    }

    private static boolean arabicDigitOrMark(char c) { return c >= '\u0660' && c <= '\u06F9' && (c <= '\u066C' || c >= '\u06F0'); }

    /** The same, given the characters of the text ({@code a}, changed in place when there are such digits). */
    static String asciiDigits(String text, char[] a) {
        int n = a.length, i = 0;   // array reads: cheaper than charAt over a long text
        while (i < n) {
            char c = a[i];
            if (c >= '\u0660' && c <= '\u06F9' && (c <= '\u066C' || c >= '\u06F0')) break;
            i++;
        }
        if (i == n) return text;
        for (; i < n; i++) {
            char c = a[i];
            if (c >= '\u0660' && c <= '\u0669') a[i] = (char) ('0' + c - '\u0660');
            else if (c >= '\u06F0' && c <= '\u06F9') a[i] = (char) ('0' + c - '\u06F0');
            else if (c == '\u066B') a[i] = '.';
            else if (c == '\u066C') a[i] = ',';
        }
        return new String(a);
    }

    // ------------------------------------------------------------------ language

    /**
     * The language of the passage around a position: by script (Cyrillic ru, Han zh, Arabic ar), and for Latin
     * text by the commonest function words of English, French and Spanish within the 60 characters around it. A script and
     * stop-word test instead of a statistical detector: the six UN languages are told apart by these alone, and
     * it costs nothing on the English bulk (measured in bench/, see docs/benchmarks.md).
     */
    static String language(String text, int at) {
        int from = Math.max(0, at - 30), to = Math.min(text.length(), at + 30);   // the words next to the figure: a passage may switch language
        int cyr = 0, han = 0, arab = 0, latin = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128) { if (Character.isLetter(c)) latin++; }
            else if (c >= '\u0400' && c <= '\u04FF') cyr++;
            else if (c >= '\u0600' && c <= '\u06FF') arab++;
            else if (c >= '\u4E00' && c <= '\u9FFF') han += 3;   // one Han character carries a word
        }
        int max = Math.max(Math.max(cyr, han), Math.max(arab, latin));
        if (max == 0) return "en";
        if (max == cyr) return "ru";
        if (max == han) return "zh";
        if (max == arab) return "ar";
        int en = 0, fr = 0, es = 0;
        for (String w : text.substring(from, to).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            switch (w) {
                case "the", "of", "and", "in", "was", "is", "to", "on", "with" -> en++;
                case "le", "les", "des", "du", "et", "est", "une", "pour", "au", "aux", "dans", "sur" -> fr++;
                case "el", "los", "las", "del", "y", "es", "fue", "una", "por", "con", "para" -> es++;
                case "la", "de", "en" -> { fr++; es++; }
                default -> { }
            }
        }
        if (en >= fr && en >= es) return "en";
        return fr >= es ? "fr" : "es";
    }

    // ------------------------------------------------------------------ dates

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static void months(String names, boolean stemsOk) {
        String[] ns = names.split("\\|");
        for (int k = 0; k < 12; k++) for (String n : ns[k].split(",")) MONTHS.put(n, k + 1);
    }
    static {
        months("janvier|février,fevrier|mars|avril|mai|juin|juillet|août,aout|septembre|octobre|novembre|décembre,decembre", false);
        months("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre,setiembre|octubre|noviembre|diciembre", false);
        // Russian: genitive (with a day), nominative and prepositional (with a year alone)
        months("января,январь,январе|февраля,февраль,феврале|марта,март,марте|апреля,апрель,апреле|мая,май,мае|июня,июнь,июне"
                + "|июля,июль,июле|августа,август,августе|сентября,сентябрь,сентябре|октября,октябрь,октябре|ноября,ноябрь,ноябре"
                + "|декабря,декабрь,декабре", false);
        // Arabic: the Egyptian/Gulf names and the Levantine/Iraqi ones (two-word names are matched on both words)
        months("يناير|فبراير|مارس|أبريل,ابريل,إبريل|مايو|يونيو,يونيه|يوليو,يوليه|أغسطس,اغسطس|سبتمبر|أكتوبر,اكتوبر|نوفمبر|ديسمبر", false);
        months("كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول", false);
    }

    /** First letters (lower case) of the month names, and of the two-word Arabic ones. */
    private static final boolean[] MONTH_FIRST = new boolean[65536];
    static {
        for (String m : MONTHS.keySet()) MONTH_FIRST[m.charAt(0)] = true;
        MONTH_FIRST['ك'] = true;
        MONTH_FIRST['ت'] = true;
    }

    private static final String MONTH_WORD = "(\\p{L}+(?: (?:الثاني|الأول))?)";
    /** "9 juillet 2024", "1er mars 2020", "9 de diciembre de 2021", "15 ноября 2021 года", "13 أكتوبر 2020". */
    static final Pattern DAY_MONTH_YEAR_PATTERN = Pattern.compile("(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?" + MONTH_WORD
            + "\\s+(?:de\\s+|del\\s+)?(1[6-9]\\d\\d|20\\d\\d)(?!\\d)(?:\\s*(?:года|г\\.|م))?");
    /** "13.10.2020": day, month, year (the European order; 10/13/2020 is left alone as ambiguous). */
    static final Pattern DOTTED_PATTERN = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(1[6-9]\\d\\d|20\\d\\d)(?!\\d)(?:\\s*(?:года|г\\.))?");
    /** "2021年3月9日", "2021年3月". */
    static final Pattern CJK_PATTERN = Pattern.compile("(1[6-9]\\d\\d|20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");

    /** A date found: value, precision, [start, end). */
    record Found(String value, String precision, int start, int end) {}

    /** A day-month-year date starting at the day digits at p, or null. */
    static Found dayMonthYear(String text, int p, Matcher dmy, Matcher dotted) {
        int n = text.length();
        int j = p;
        while (j < n && Character.isDigit(text.charAt(j))) j++;
        if (j >= n) return null;
        char c = text.charAt(j);
        if (c == '.') {
            if (!dotted.region(p, Math.min(n, p + 20)).lookingAt()) return null;
            int d = Integer.parseInt(dotted.group(1)), m = Integer.parseInt(dotted.group(2));
            if (d < 1 || d > 31 || m < 1 || m > 12) return null;
            return new Found(ymd(dotted.group(3), m, d), "day", p, dotted.end());
        }
        // the month name must follow (after "er", "de"): a map lookup before the pattern, which most numbers fail
        int k = j;
        if (k + 2 <= n && (text.startsWith("er", k) || text.charAt(k) == 'º' || text.charAt(k) == '°')) k += text.charAt(k) == 'e' ? 2 : 1;
        if (k >= n || (text.charAt(k) != ' ' && text.charAt(k) != '\u00a0')) return null;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) k++;
        if (text.startsWith("de ", k)) k += 3;
        int e = k;
        while (e < n && Character.isLetter(text.charAt(e))) e++;
        if (e == k || e - k > 10) return null;
        // no allocation for the many words that cannot start a month name
        if (!MONTH_FIRST[Character.toLowerCase(text.charAt(k))]) return null;
        String first = text.substring(k, e).toLowerCase(Locale.ROOT);
        if (!MONTHS.containsKey(first) && !first.equals("كانون") && !first.equals("تشرين")) return null;
        if (!dmy.region(p, Math.min(n, p + 48)).lookingAt()) return null;
        Integer m = MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT));
        int d = Integer.parseInt(dmy.group(1));
        if (m == null || d < 1 || d > 31) return null;
        return new Found(ymd(dmy.group(3), m, d), "day", p, dmy.end());
    }

    /** "2021年3月9日" at the year digits at p, or null. */
    static Found cjk(String text, int p, Matcher cjk) {
        if (p + 4 >= text.length() || (text.charAt(p + 4) != '年' && text.charAt(p + 5 < text.length() ? p + 5 : p + 4) != '年')) return null;
        if (!cjk.region(p, Math.min(text.length(), p + 16)).lookingAt()) return null;
        int m = Integer.parseInt(cjk.group(2));
        if (m < 1 || m > 12) return null;
        if (cjk.group(3) == null) return new Found(cjk.group(1) + (m < 10 ? "-0" : "-") + m, "month", p, cjk.end());
        int d = Integer.parseInt(cjk.group(3));
        if (d < 1 || d > 31) return new Found(cjk.group(1) + (m < 10 ? "-0" : "-") + m, "month", p, cjk.end(2) + 1);
        return new Found(ymd(cjk.group(1), m, d), "day", p, cjk.end());
    }

    /** "juillet 2024", "julio de 2024", "марте 2021 года", "أكتوبر 2020": a month name just before the year at p. */
    static Found monthYear(String text, int p) {
        int k = p;
        while (k > 0 && text.charAt(k - 1) == ' ') k--;
        int wordEnd = k;
        if (k >= 3 && text.regionMatches(true, k - 2, "de", 0, 2) && text.charAt(k - 3) == ' ') { k -= 3; while (k > 0 && text.charAt(k - 1) == ' ') k--; wordEnd = k; }
        int s = wordEnd;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        if (s == wordEnd) return null;
        // no substring and lower-casing for the many words that cannot be (the last word of) a month name: every
        // name, and "الأول"/"الثاني" of the two-word ones, starts with a letter of MONTH_FIRST
        if (!MONTH_FIRST[Character.toLowerCase(text.charAt(s))]) return null;
        Integer m = MONTHS.get(text.substring(s, wordEnd).toLowerCase(Locale.ROOT));
        if (m == null && s >= 2 && text.charAt(s - 1) == ' ') {   // two-word Arabic names: تشرين الأول
            int s2 = s - 1;
            while (s2 > 0 && Character.isLetter(text.charAt(s2 - 1))) s2--;
            m = MONTHS.get(text.substring(s2, wordEnd));
            if (m != null) s = s2;
        }
        if (m == null) return null;
        int end = p + 4;
        Matcher tail = YEAR_TAIL.matcher(text).region(end, Math.min(text.length(), end + 8));
        if (tail.lookingAt()) end = tail.end();
        return new Found(text.substring(p, p + 4) + (m < 10 ? "-0" : "-") + m, "month", s, end);
    }
    private static final Pattern YEAR_TAIL = Pattern.compile("\\s*(?:года|г\\.)");

    private static String ymd(String year, int month, int day) {
        return year + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
    }

    // ------------------------------------------------------------------ amounts and counts

    private static final Map<String, BigDecimal> SCALES = new HashMap<>();
    private static void scale(String words, int power) {
        for (String w : words.split("\\|")) SCALES.put(w, BigDecimal.TEN.pow(power));
    }
    static {
        scale("thousand|mille|mil|тыс.|тыс|тысяч|тысячи|тысяча|ألف|آلاف|الف|千|k", 3);
        scale("lakh|lakhs|lac|lacs", 5);
        scale("million|millions|millón|millones|млн|млн.|миллион|миллиона|миллионов|مليون|ملايين|百万|m|mn|mln", 6);
        scale("crore|crores", 7);
        scale("billion|billions|milliard|milliards|mil millones|млрд|млрд.|миллиард|миллиарда|миллиардов|مليار|مليارات|bn", 9);
        scale("trillion|billón|billones|трлн|трлн.|триллион|триллиона|триллионов|تريليون|万亿|tn", 12);
        scale("万", 4);
        scale("亿", 8);
        scale("十亿", 9);
    }

    /** Currency words and signs of the six languages: ISO 4217 code. */
    private static final Map<String, String> CURRENCIES = new HashMap<>();
    private static void currency(String code, String words) {
        for (String w : words.split("\\|")) CURRENCIES.put(w, code);
    }
    static {
        currency("USD", "$|us$|usd|dollars|dollar|dólares|dólar|долларов|доллара|доллар|долл.|美元|دولار|دولارات|دولاراً|دولارا");
        currency("EUR", "€|eur|euros|euro|евро|欧元|يورو");
        currency("GBP", "£|gbp|pounds|livres sterling|livres|libras esterlinas|libras|фунтов стерлингов|фунтов|фунта|英镑|جنيه إسترليني|جنيه استرليني");
        currency("JPY", "jpy|yen|yens|yenes|иен|иены|иена|日元|ين");
        currency("CNY", "rmb|cny|yuan|yuans|yuanes|renminbi|юаней|юаня|юань|元|人民币|人民币元|يوان");
        currency("RUB", "₽|rub|roubles|rubles|ruble|rouble|rublos|рублей|рубля|рубль|руб.|卢布|روبل");
        currency("INR", "₹|inr|rs.|rs|rupees|rupee|roupies|rupias|рупий|卢比|روبية");
        currency("KRW", "₩|krw|won|wons|wones|вон|韩元|وون");
    }

    /** Things counted: unit name. Checked on the words after the number (adjectives allowed between). */
    private static final Map<String, String> COUNT_NOUNS = new HashMap<>();
    private static void count(String unit, String words) {
        for (String w : words.split("\\|")) COUNT_NOUNS.put(w, unit);
    }
    static {
        count("launches", "发射|launches|launch|lancements|lancement|lanzamientos|lanzamiento|запусков|запуска|запуск|пусков|пуска|إطلاق");
        count("satellites", "satellites|satellite|satélites|satélite|спутников|спутника|спутник|卫星|أقمار|قمر|قمرا");
        count("debris pieces", "debris|débris|desechos|fragmentos|fragments|обломков|фрагментов|碎片|حطام");
    }

    private static final Pattern LOWER_BOUND = Pattern.compile(
            "(?:more than|over|at least|in excess of|plus de|au moins|más de|al menos|более|свыше|не менее|больше|超过|逾|أكثر من|ما يزيد على)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RANGE_JOIN = Pattern.compile("\\s+(?:à|a|et|y|до|и)\\s+(?=\\d)");
    /** Digits and separators, then one currency word: an amount without a scale word. */
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("[\\d.,'\\s\\u00a0\\u202f]+\\S+");

    /** An amount or count read at the digits at p: value, unit, currency (null for a count), bound, [start, end). */
    record Amount(BigDecimal value, String unit, String currency, String bound, int start, int end) {}

    /**
     * The amount or count whose number starts at p: a number in the separators of the passage's language, an
     * optional scale word, and a currency word or counted noun after it (or a currency sign before it).
     */
    static Amount at(String text, int p) {
        int n = text.length();
        String sign = signBefore(text, p);
        // the number: digits with separators; spaces (incl. no-break) only before a group of exactly three digits
        int j = p;
        StringBuilder raw = new StringBuilder();
        while (j < n) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') { raw.append(c); j++; continue; }
            boolean sep = c == ',' || c == '.' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\'';
            if (sep && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
                if (c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\'') {
                    int g = j + 1;
                    while (g < n && Character.isDigit(text.charAt(g))) g++;
                    if (g - j - 1 != 3 || raw.length() > 3 && raw.indexOf(" ") < 0 && raw.indexOf(",") < 0 && raw.indexOf(".") < 0) break;
                    raw.append(' ');
                } else raw.append(c);
                j++;
                continue;
            }
            break;
        }
        int numEnd = j;
        // what follows: scale word, then currency word or counted noun
        int k = skip(text, j);
        BigDecimal scale = BigDecimal.ONE;
        String[] w = word(text, k);
        String w2 = w == null ? null : wordPair(text, k);
        int lastEnd = numEnd;
        if (w2 != null && SCALES.containsKey(w2)) { scale = SCALES.get(w2); lastEnd = k + w2.length(); k = skip(text, lastEnd); }
        else if (w != null && SCALES.containsKey(w[0]) && !(w[0].equals("m") || w[0].equals("k")) ) { scale = SCALES.get(w[0]); lastEnd = k + w[1].length(); k = skip(text, lastEnd); }
        // Chinese: 万 and 亿 combine (万亿), and 次/颗/块/个 classify the counted noun
        while (k < n && "万亿".indexOf(text.charAt(k)) >= 0) { scale = scale.multiply(SCALES.get(String.valueOf(text.charAt(k)))); k++; lastEnd = k; }
        // "de"/"d'" of French and Spanish between scale and noun
        if (k + 3 <= n && (text.startsWith("de ", k) || text.startsWith("d'", k) || text.startsWith("d’", k))) k = skip(text, k + (text.charAt(k + 1) == 'e' ? 3 : 2));
        String currency = sign, unit = null;
        int end = k;
        String[] cw = word(text, k);
        if (currency == null && cw != null) {
            String pair = wordPair(text, k);
            if (pair != null && CURRENCIES.containsKey(pair)) { currency = CURRENCIES.get(pair); end = k + pair.length(); }
            else if (CURRENCIES.containsKey(cw[0])) { currency = CURRENCIES.get(cw[0]); end = k + cw[1].length(); }
            else if (cw[0].length() >= 2 && CURRENCIES.containsKey(cw[0].substring(0, 2)) && isHan(cw[0].charAt(0))) { currency = CURRENCIES.get(cw[0].substring(0, 2)); end = k + 2; }
            else if (isHan(cw[0].charAt(0)) && CURRENCIES.containsKey(cw[0].substring(0, 1)) && cw[0].charAt(0) == '元') { currency = "CNY"; end = k + 1; }
        }
        if (currency == null) {
            // a count: the noun within three words after the number (or Chinese classifier then noun)
            int q = k;
            for (int words = 0; words < 4 && q < n; words++) {
                String[] x = word(text, q);
                if (x == null) break;
                String noun = x[0];
                if (isHan(noun.charAt(0))) {
                    for (var e : COUNT_NOUNS.entrySet()) {
                        if (!isHan(e.getKey().charAt(0))) continue;
                        // within the next few characters only ("67次航天发射"): never a search through the rest of the text
                        int at = text.substring(q, Math.min(n, q + 8)).indexOf(e.getKey());
                        if (at >= 0) { unit = e.getValue(); end = q + at + e.getKey().length(); break; }
                    }
                    break;
                }
                if (COUNT_NOUNS.containsKey(noun)) { unit = COUNT_NOUNS.get(noun); end = q + x[1].length(); break; }
                if (noun.equals("pieces") || noun.equals("objects") || noun.equals("piezas") || noun.equals("морских")) { q = skip(text, q + x[1].length()); if (text.startsWith("of ", q)) q = skip(text, q + 3); continue; }
                q = skip(text, q + x[1].length());
            }
            // the lower bound of a range whose currency is written once, after the upper bound ("de 1.250 à 500.000
            // euros", "entre 5.000 et 500.000 euros"); only when the upper bound has no scale word to share
            Matcher join;   // made only when needed: most numbers are no lower bound, and a matcher per number was garbage
            if (unit == null && scale.equals(BigDecimal.ONE) && (join = RANGE_JOIN.matcher(text).region(numEnd, Math.min(n, numEnd + 8))).lookingAt()) {
                Amount upper = at(text, join.end());
                if (upper != null && upper.currency() != null && upper.start() == join.end()
                        && PLAIN_AMOUNT.matcher(text.substring(upper.start(), upper.end())).matches()) {
                    currency = upper.currency(); unit = currency; end = numEnd;
                }
            }
            if (unit == null) return null;
        } else unit = currency;
        BigDecimal v = parse(raw.toString(), text, p);
        if (v == null) return null;
        v = v.multiply(scale).stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        int start = sign != null ? signStart(text, p) : p;
        String bound = LOWER_BOUND.matcher(text.substring(Math.max(0, start - 16), start)).find() ? "min" : null;
        return new Amount(v, unit, currency, bound, start, sign != null ? lastEnd : end);
    }

    /** Reads "7.080", "3,8", "1,500", "8 658", "14.552,6" given the language's decimal mark. */
    static BigDecimal parse(String raw, String text, int at) {
        String s = raw.replace(" ", "");
        int commas = count(s, ','), dots = count(s, '.');
        char decimal;
        if (commas > 0 && dots > 0) decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
        else if (commas + dots == 0) decimal = 0;
        else {
            char sep = commas > 0 ? ',' : '.';
            boolean threeAfter = s.length() - s.lastIndexOf(sep) - 1 == 3;
            if ((commas > 1 || dots > 1)) decimal = sep == ',' ? '.' : ',';   // repeated: grouping
            else if (!threeAfter) decimal = sep;
            else {
                // one separator before three digits: the language decides ("1,500" en, "7.080" es, "3,800" ru is 3.8)
                String lang = language(text, at);   // only here: the one ambiguous case
                decimal = lang.equals("fr") || lang.equals("es") || lang.equals("ru") ? ',' : '.';
            }
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) b.append(c);
            else if (c == decimal) b.append('.');
        }
        try { return new BigDecimal(b.toString()); } catch (NumberFormatException e) { return null; }
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
        return k;
    }

    private static String signBefore(String text, int p) {
        int k = p;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00a0')) k--;
        if (k == 0) return null;
        char c = text.charAt(k - 1);
        if (c == '₹') return "INR";
        if (c == '₽') return "RUB";
        if (c == '₩') return "KRW";
        if (k >= 3 && text.regionMatches(true, k - 3, "Rs.", 0, 3)) return "INR";
        // an ISO code before the number: "KRW 319.5 billion"
        if (k >= 3 && k < p && Character.isUpperCase(c) && (k == 3 || !Character.isLetter(text.charAt(k - 4)))) {
            String code = text.substring(k - 3, k).toLowerCase(Locale.ROOT);
            if (CURRENCIES.containsKey(code) && code.chars().allMatch(Character::isLetter)) return CURRENCIES.get(code);
        }
        return null;
    }

    private static int signStart(String text, int p) {
        int k = p;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00a0')) k--;
        if (text.regionMatches(true, k - 3, "Rs.", 0, 3)) return k - 3;
        return Character.isLetter(text.charAt(k - 1)) ? k - 3 : k - 1;
    }

    private static int skip(String text, int k) {
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0' || text.charAt(k) == '\u202f')) k++;
        return k;
    }

    static boolean isHan(char c) { return c >= '\u4E00' && c <= '\u9FFF'; }

    /** The word at k (lower case, with a trailing "." kept for abbreviations such as "млрд.") and its text; null if none. */
    private static String[] word(String text, int k) {
        int n = text.length();
        if (k >= n) return null;
        char c = text.charAt(k);
        if (c == '$' || c == '€' || c == '£' || c == '₽' || c == '₹') return new String[]{String.valueOf(c), String.valueOf(c)};
        if (!Character.isLetter(c)) return null;
        int e = k;
        if (isHan(c)) { while (e < n && isHan(text.charAt(e)) && e - k < 8) e++; }
        else while (e < n && (Character.isLetter(text.charAt(e)))) e++;
        String w = text.substring(k, e);
        String lower = w.toLowerCase(Locale.ROOT);
        if (e < n && text.charAt(e) == '.' && (SCALES.containsKey(lower + ".") || CURRENCIES.containsKey(lower + "."))) return new String[]{lower + ".", w + "."};
        if (isHan(c)) return new String[]{w, w};
        return new String[]{lower, w};
    }

    /** Two words at k ("mil millones", "livres sterling"), lower case, when the pair is a known scale or currency. */
    private static String wordPair(String text, int k) {
        String[] a = word(text, k);
        if (a == null || isHan(a[0].charAt(0))) return null;
        int k2 = k + a[1].length();
        if (k2 >= text.length() || text.charAt(k2) != ' ') return null;
        String[] b = word(text, k2 + 1);
        if (b == null) return null;
        String pair = a[0] + " " + b[0];
        return SCALES.containsKey(pair) || CURRENCIES.containsKey(pair) ? text.substring(k, k2 + 1 + b[1].length()).toLowerCase(Locale.ROOT) : null;
    }
}
