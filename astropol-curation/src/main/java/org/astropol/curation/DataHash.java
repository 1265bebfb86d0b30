package org.astropol.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content hash of data/: names and bytes of every YAML file in path order. A content hash rather than file
 * times decides whether a rebuild is due, because checkouts and copies change times but not content.
 * Must agree with the hash {@link CuratedDataReader} computes.
 */
public final class DataHash {
    private DataHash() {}

    public static String of(Path dataDir) throws IOException {
        MessageDigest d;
        try { d = MessageDigest.getInstance("SHA-256"); } catch (NoSuchAlgorithmException e) { throw new IllegalStateException(e); }
        if (!Files.isDirectory(dataDir)) return "";
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                    .sorted(Comparator.comparing(p -> dataDir.relativize(p).toString().replace('\\', '/'))).toList();
        }
        Path base = dataDir.toAbsolutePath().getParent();
        for (Path p : files) {
            Path abs = p.toAbsolutePath();
            d.update((base != null ? base.relativize(abs) : abs).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(Files.readAllBytes(p));
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
