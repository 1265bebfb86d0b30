package org.astropol.ingest;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Russian and Arabic names under inflection: "России" and "Россией" for "Россия", "وفرنسا" ("and France") and
 * "بالصين" for "فرنسا" and "الصين". Names and text words of those scripts are reduced with Lucene's
 * RussianLightStemFilter (applied until the stem is stable, on names and text alike, so "Китай" and "Китая" meet) and ArabicNormalizationFilter + ArabicStemFilter (article and clitics و ف ب ك ل, case and number
 * endings), and word sequences of the text are looked up by their stems. Runs only on Cyrillic and Arabic
 * words, so English text pays nothing; exact matches of {@link Gazetteer} take precedence. The filters run on
 * one word at a time (a keyword tokenizer: the word splitting here keeps offsets) and their results are cached.
 */
final class InflectedNames {

    /** One stemmed name: the words' stems joined by spaces, and its entries. */
    private final Map<String, List<Gazetteer.Entry>> byStems = new HashMap<>();
    private int maxWords = 1;

    InflectedNames(List<Gazetteer.Entry> entries) {
        for (Gazetteer.Entry e : entries) {
            String name = e.name().strip();
            if (!scriptOf(name)) continue;
            List<int[]> words = words(name, 0, name.length());
            StringBuilder key = new StringBuilder();
            for (int[] w : words) {
                String s = stem(name, w[0], w[1]);
                if (s == null) { key = null; break; }
                if (!key.isEmpty()) key.append(' ');
                key.append(s);
            }
            if (key == null || key.length() < 3) continue;
            List<Gazetteer.Entry> es = byStems.computeIfAbsent(key.toString(), k -> new ArrayList<>());
            if (es.stream().noneMatch(x -> x.entityId().equals(e.entityId()))) es.add(e);
            maxWords = Math.max(maxWords, words.size());
        }
    }

    boolean isEmpty() { return byStems.isEmpty(); }

    /** A match: [start, end) in the text (clitics before the name left out) and the entries of the name. */
    record Match(int start, int end, List<Gazetteer.Entry> entries) {}

    /** Longest word sequences of the text whose stems are a name's, left to right, not overlapping. */
    List<Match> find(String text) {
        List<int[]> words = words(text, 0, text.length());
        String[] stems = new String[words.size()];
        for (int i = 0; i < stems.length; i++) stems[i] = stem(text, words.get(i)[0], words.get(i)[1]);
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < stems.length; i++) {
            if (stems[i] == null || stems[i].length() < 3) continue;   // a name does not start with a short word
            if (cyrillic(text.charAt(words.get(i)[0])) && !Character.isUpperCase(text.charAt(words.get(i)[0]))) continue;   // names are capitalised
            StringBuilder key = new StringBuilder();
            Match best = null;
            for (int j = i; j < stems.length && j < i + maxWords; j++) {
                if (stems[j] == null) break;
                if (j > i) {
                    // the words of a name are separated by spaces only
                    for (int c = words.get(j - 1)[1]; c < words.get(j)[0]; c++) if (!Character.isWhitespace(text.charAt(c))) { j = stems.length; break; }
                    if (j >= stems.length) break;
                    key.append(' ');
                }
                key.append(stems[j]);
                List<Gazetteer.Entry> es = byStems.get(key.toString());
                if (es != null) best = new Match(words.get(i)[0] + cliticLength(text, words.get(i)[0], words.get(i)[1]), words.get(j)[1], es);
            }
            if (best != null) {
                out.add(best);
                while (i + 1 < words.size() && words.get(i + 1)[0] < best.end()) i++;
            }
        }
        return out;
    }

    /** True for a name written in Cyrillic or Arabic letters (and spaces or hyphens). */
    static boolean scriptOf(String name) {
        boolean any = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '-') continue;
            if (!(cyrillic(c) || arabic(c))) return false;
            any = true;
        }
        return any;
    }

    static boolean cyrillic(char c) { return c >= '\u0400' && c <= '\u04FF'; }
    static boolean arabic(char c) { return c >= '\u0620' && c <= '\u064A' || c >= '\u064B' && c <= '\u0652' || c == '\u0671' || c == '\u0640'; }

    /** Runs of Cyrillic or Arabic letters (hyphenated words kept whole). */
    private static List<int[]> words(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c < '\u0400') { i++; continue; }   // Latin text, most of most documents: one comparison
            if (cyrillic(c) || arabic(c)) {
                int j = i + 1;
                while (j < to && (cyrillic(s.charAt(j)) || arabic(s.charAt(j)) || (s.charAt(j) == '-' && j + 1 < to && cyrillic(s.charAt(j + 1))))) j++;
                out.add(new int[]{i, j});
                i = j;
            } else i++;
        }
        return out;
    }

    /** Lower case, then Russian light stemming or Arabic normalisation and stemming, of one word. */
    private static Analyzer analyzer(boolean russian, boolean stemArabic) {
        return new Analyzer() {
            @Override protected TokenStreamComponents createComponents(String field) {
                KeywordTokenizer source = new KeywordTokenizer();
                TokenStream t = new LowerCaseFilter(source);
                if (russian) t = new RussianLightStemFilter(t);
                else {
                    t = new ArabicNormalizationFilter(t);
                    if (stemArabic) t = new ArabicStemFilter(t);
                }
                return new TokenStreamComponents(source, t);
            }
        };
    }

    private static final Analyzer RUSSIAN = analyzer(true, true), ARABIC = analyzer(false, true), ARABIC_NORMAL = analyzer(false, false);
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private static String analyse(Analyzer a, String word) {
        String key = (a == RUSSIAN ? "r" : a == ARABIC ? "a" : "n") + word;
        String hit = CACHE.get(key);
        if (hit != null) return hit;
        try (TokenStream ts = a.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : "";
            ts.end();
            if (CACHE.size() > 200_000) CACHE.clear();   // bounded: the vocabulary of a long text
            CACHE.put(key, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stem of the word [from, to); short words ("и", "of" within a name) stand for themselves. */
    static String stem(String s, int from, int to) {
        String word = s.substring(from, to);
        if (word.length() < 3) return word.toLowerCase(Locale.ROOT);
        String st = analyse(cyrillic(word.charAt(0)) ? RUSSIAN : ARABIC, word);
        if (cyrillic(word.charAt(0))) {
            for (int k = 0; k < 3; k++) {   // to a fixed point: "Китай" -> "кита" -> "кит" = "Китая" -> "кит"
                String again = analyse(RUSSIAN, st);
                if (again.equals(st) || again.length() < 3) break;
                st = again;
            }
        }
        return st.length() < 2 ? null : st;
    }

    /** Length of the Arabic conjunction/preposition/article prefix of a word that the stemmer drops ("و", "وال"). */
    private static int cliticLength(String s, int from, int to) {
        if (!arabic(s.charAt(from))) return 0;
        String word = s.substring(from, to);
        String normal = analyse(ARABIC_NORMAL, word), stem = analyse(ARABIC, word);
        int dropped = normal.length() == word.length() ? Math.max(0, normal.indexOf(stem)) : 0;
        // keep the article with the name: "والصين" -> "الصين", as names are written with it
        if (dropped >= 2 && s.startsWith("ال", from + dropped - 2)) dropped -= 2;
        return dropped;
    }
}
