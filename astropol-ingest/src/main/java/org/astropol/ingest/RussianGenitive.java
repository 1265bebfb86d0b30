package org.astropol.ingest;

import java.util.Locale;

/**
 * The genitive of a Russian name ("Соединенные Штаты Америки" -> "Соединенных Штатов Америки", "Россия" ->
 * "России"), the case in which legal and scholarly Russian most often names states and bodies. The leading
 * adjectives and the first noun are inflected; the words after the head noun are already in the genitive.
 * A rule-based approximation for the gazetteer, not a morphological analyser.
 */
final class RussianGenitive {
    private RussianGenitive() {}

    static String of(String name) {
        if (name.isEmpty() || Character.UnicodeScript.of(name.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) return null;
        String[] words = name.split(" ");
        StringBuilder b = new StringBuilder();
        boolean done = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!done) {
                String adj = adjective(w);
                if (adj != null) w = adj;
                else { w = noun(w); done = true; }
                if (w == null) return null;
            }
            if (i > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    private static String adjective(String w) {
        if (w.length() < 4) return null;
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ые")) return cut(w, 2) + "ых";
        if (lower.endsWith("ие")) return cut(w, 2) + "их";
        if (lower.endsWith("ое")) return cut(w, 2) + "ого";
        if (lower.endsWith("ее")) return cut(w, 2) + "его";
        if (lower.endsWith("ая")) return cut(w, 2) + "ой";
        if (lower.endsWith("яя")) return cut(w, 2) + "ей";
        if (lower.endsWith("ый") || lower.endsWith("ой")) return cut(w, 2) + "ого";
        if (lower.endsWith("кий") || lower.endsWith("гий") || lower.endsWith("хий")) return cut(w, 2) + "ого";
        if (lower.endsWith("ий")) return cut(w, 2) + "его";
        return null;
    }

    private static String noun(String w) {
        if (w.length() < 3 || !Character.isLetter(w.charAt(w.length() - 1))) return w;
        String lower = w.toLowerCase(Locale.ROOT);
        char last = lower.charAt(lower.length() - 1);
        char prev = lower.charAt(lower.length() - 2);
        if (lower.endsWith("ия") || lower.endsWith("ья")) return cut(w, 1) + "и";
        if (last == 'а') return cut(w, 1) + ("гкхжшщч".indexOf(prev) >= 0 ? "и" : "ы");
        if (last == 'я' || last == 'ь') return cut(w, 1) + "и";
        if (last == 'о') return cut(w, 1) + "а";
        if (last == 'й') return cut(w, 1) + "я";
        if (last == 'ы') return cut(w, 1) + "ов";
        if ("бвгджзклмнпрстфхцчшщ".indexOf(last) >= 0) return w + "а";
        return w;
    }

    private static String cut(String w, int n) { return w.substring(0, w.length() - n); }
}
