package org.astropol.web;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document reader: the text of a source that names a {@code document}, found in the corpus folders, with a
 * cited passage located (white space folded, as {@code check --quotes} does) and the entities it names marked.
 */
public final class Documents {
    static final int CONTEXT = 2500, MAX_BYTES = 20 * 1024 * 1024, MIN_NAME = 4;

    public record Mention(String id, String name, int start, int end) {}

    /** An excerpt of the document around the passage (or its opening when no passage is asked or found). */
    public record Passage(String source, String title, String document, String query, boolean found, int start, int end,
                          int excerptStart, int length, String excerpt, List<Mention> entities) {}

    private final KnowledgeBase kb;
    private final List<Path> dirs;
    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();
    private volatile List<Mention> names;

    public Documents(KnowledgeBase kb, List<Path> dirs) {
        this.kb = kb;
        this.dirs = dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
    }

    /** The file holding the source's text, only inside a corpus folder. */
    Optional<Path> locate(Source s) {
        if (s.document() == null) return Optional.empty();
        for (Path dir : dirs) {
            Path p = dir.resolve(s.document()).normalize();
            if (p.startsWith(dir) && Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    boolean available(String sourceId) { return kb.source(sourceId).flatMap(this::locate).isPresent(); }

    public Passage passage(String sourceId, String query) {
        Source s = kb.source(sourceId).orElseThrow(() -> ApiException.notFound("unknown source id '" + sourceId + "'"));
        if (s.document() == null) throw ApiException.notFound("source '" + s.id() + "' has no document text");
        Path p = locate(s).orElseThrow(() -> ApiException.notFound("the text of '" + s.document() + "' is not available on this server (serve --corpus DIR)"));
        String text = texts.computeIfAbsent(s.id(), k -> read(p));
        int[] at = query == null ? null : find(text, query);
        int start = at == null ? 0 : at[0], end = at == null ? 0 : at[1];
        int from = Math.max(0, start - CONTEXT), to = Math.min(text.length(), (at == null ? 0 : end) + CONTEXT);
        String excerpt = text.substring(from, to);
        return new Passage(s.id(), s.title(), s.document(), query, at != null, at == null ? -1 : start, at == null ? -1 : end, from, text.length(),
                excerpt, mentions(excerpt, from));
    }

    private static String read(Path p) {
        try {
            if (Files.size(p) > MAX_BYTES) throw ApiException.badRequest("document too large to show");
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApiException(404, "cannot read document " + p.getFileName());
        }
    }

    /** Where the quote is in the text, comparing with runs of white space folded to one space; null when absent. */
    static int[] find(String text, String quote) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] index = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) { index[folded.length()] = i; folded.append(' '); space = true; }
            } else {
                index[folded.length()] = i;
                folded.append(c);
                space = false;
            }
        }
        String q = quote.strip().replaceAll("\\s+", " ");
        if (q.isEmpty()) return null;
        int k = folded.indexOf(q);
        if (k < 0) {
            String lower = folded.toString().toLowerCase(java.util.Locale.ROOT), lq = q.toLowerCase(java.util.Locale.ROOT);
            if (lower.length() == folded.length()) k = lower.indexOf(lq);
        }
        if (k < 0) return null;
        int last = k + q.length() - 1;
        return new int[]{index[k], index[last] + 1};
    }

    /** Names and aliases of entities (at least 4 characters, or 3 upper-case letters) found in the excerpt, longest first, not overlapping. */
    List<Mention> mentions(String excerpt, int offset) {
        List<Mention> all = names();
        boolean[] taken = new boolean[excerpt.length()];
        List<Mention> out = new ArrayList<>();
        for (Mention n : all) {
            int i = excerpt.indexOf(n.name());
            while (i >= 0) {
                int e = i + n.name().length();
                boolean word = (i == 0 || !Character.isLetterOrDigit(excerpt.charAt(i - 1))) && (e >= excerpt.length() || !Character.isLetterOrDigit(excerpt.charAt(e)));
                boolean free = true;
                for (int j = i; j < e && free; j++) free = !taken[j];
                if (word && free) {
                    for (int j = i; j < e; j++) taken[j] = true;
                    out.add(new Mention(n.id(), n.name(), offset + i, offset + e));
                }
                i = excerpt.indexOf(n.name(), i + 1);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private List<Mention> names() {
        List<Mention> n = names;
        if (n != null) return n;
        List<Mention> list = new ArrayList<>();
        for (Entity e : kb.entities()) {
            if (e.type().key().equals("event")) continue;
            for (String name : e.allNames()) {
                boolean acronym = name.length() == 3 && name.chars().allMatch(Character::isUpperCase);
                if (name.length() >= MIN_NAME || acronym) list.add(new Mention(e.id(), name, 0, 0));
            }
        }
        list.sort(Comparator.comparingInt((Mention m) -> -m.name().length()).thenComparing(Mention::name));
        names = list;
        return list;
    }
}
