package org.astropol.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The printed answers of commands whose computation costs more than starting the JVM (vote, tiers, network),
 * kept in {@code <db>.results/} and keyed by a digest of the command's arguments, the day (answers default to
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
        Path file = dir.resolve(digest(keyParts) + ".txt");
        try {
            String cached = Files.readString(file, StandardCharsets.UTF_8);
            out.print(cached);
            out.flush();
            return Main.OK;
        } catch (IOException absent) {
            // computed below
        }
        StringWriter buffer = new StringWriter();
        PrintWriter pw = new PrintWriter(buffer);
        int code = answer.print(pw);
        pw.flush();
        out.print(buffer);
        out.flush();
        if (code == Main.OK) keep(dir, file, buffer.toString());
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

    private static String digest(List<String> parts) {
        MessageDigest d;
        try { d = MessageDigest.getInstance("SHA-256"); } catch (NoSuchAlgorithmException e) { throw new IllegalStateException(e); }
        for (String p : parts) {
            d.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
