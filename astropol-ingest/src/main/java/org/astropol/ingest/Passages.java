package org.astropol.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into passages (paragraphs, long ones cut at sentence ends) with their character offsets. */
public final class Passages {
    private Passages() {}

    public record Passage(int ordinal, int start, int end, String text) {}

    static final int MAX = 1500;

    public static List<Passage> split(String text) {
        List<Passage> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) break;
            int end = paragraphEnd(text, i);
            int s = i;
            while (end - s > MAX) {
                int cut = cutPoint(text, s, s + MAX);
                addTrimmed(out, text, s, cut);
                s = cut;
                while (s < end && Character.isWhitespace(text.charAt(s))) s++;
            }
            if (s < end) addTrimmed(out, text, s, end);
            i = end;
        }
        return out;
    }

    private static int paragraphEnd(String text, int from) {
        int j = text.indexOf("\n\n", from);
        while (j >= 0) {
            // a blank line may hold spaces
            return j;
        }
        return text.length();
    }

    private static int cutPoint(String text, int s, int limit) {
        for (int k = limit; k > s + MAX / 2; k--) {
            char c = text.charAt(k - 1);
            if ((c == '.' || c == '!' || c == '?' || c == '。' || c == '\n') && (k >= text.length() || Character.isWhitespace(text.charAt(k)) || c == '。')) return k;
        }
        for (int k = limit; k > s + MAX / 2; k--) if (Character.isWhitespace(text.charAt(k - 1))) return k;
        return limit;
    }

    private static void addTrimmed(List<Passage> out, String text, int s, int e) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Passage(out.size(), s, e, text.substring(s, e)));
    }
}
