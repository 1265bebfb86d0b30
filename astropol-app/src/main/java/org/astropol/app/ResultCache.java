package org.astropol.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The printed answers of commands whose computation costs more than starting the JVM (vote, tiers, network),
 * kept in {@code <db>.results/} and keyed by the command's arguments, the day (answers default to
 * "as of today") and the stamp of the data they were computed from ({@link org.astropol.curation.KnowledgeBaseCache}).
 * A changed database, data/ file, configuration file or jar changes the key, so a stale answer is never printed.
 * Only successful answers are kept; the folder keeps the {@value #KEEP} most recent.
 */
final class ResultCache {
    private static final int KEEP = 256;

    interface Answer { int print(PrintWriter out) throws Exception; }

    private ResultCache() {}

    /** Prints the cached answer for the key, or computes it with {@code answer}, prints it and keeps it. */
    static int run(PrintWriter out, Path dbFile, List<String> keyParts, Answer answer) throws Exception {
        Path dir = dbFile.resolveSibling(dbFile.getFileName() + ".results");
        String key = key(keyParts);
        Path file = dir.resolve(name(key) + ".txt");
        try {
            String cached = Files.readString(file, StandardCharsets.UTF_8);
            // the file starts with the whole key: two keys with the same name never print each other's answer
            if (cached.startsWith(key)) {
                out.print(cached.substring(key.length()));
                out.flush();
                return Main.OK;
            }
        } catch (IOException absent) {
            // computed below
        }
        StringWriter buffer = new StringWriter();
        PrintWriter pw = new PrintWriter(buffer);
        int code = answer.print(pw);
        pw.flush();
        out.print(buffer);
        out.flush();
        if (code == Main.OK) keep(dir, file, key + buffer);
        return code;
    }

    /** The state of a file that an answer depends on (a configuration file), for the key. */
    static String fileState(Path p) {
        try {
            return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return p + " absent";
        }
    }

    private static void keep(Path dir, Path file, String text) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "answer", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            List<Path> all;
            try (Stream<Path> s = Files.list(dir)) { all = s.filter(p -> p.toString().endsWith(".txt")).toList(); }
            if (all.size() > KEEP) {
                all.stream().sorted(Comparator.comparing(ResultCache::modified)).limit(all.size() - KEEP).forEach(p -> {
                    try { Files.deleteIfExists(p); } catch (IOException ignored) { }
                });
            }
        } catch (IOException | RuntimeException e) {
            // a read-only folder only costs speed on the next call
        }
    }

    private static long modified(Path p) {
        try { return Files.getLastModifiedTime(p).toMillis(); } catch (IOException e) { return 0; }
    }

    /** The key as one text, each part ended by a NUL (answers are printed text, without NULs). */
    private static String key(List<String> parts) {
        StringBuilder key = new StringBuilder();
        for (String p : parts) key.append(p).append('\0');
        return key.toString();
    }

    /**
     * A file name for the key: its 64-bit FNV-1a hash in hex. Not SHA-256: the first digest of a cold JVM loads the
     * security providers (15-40 ms of CPU, more than printing a kept answer); a clash only costs a recomputation, as
     * the file starts with the whole key.
     */
    private static String name(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
