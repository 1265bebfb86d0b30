package org.astropol.curation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the test fixture (a small valid data/ folder and a document) into a temporary folder. */
final class Fixture {
    private Fixture() {}

    static Path copyTo(Path dir) throws IOException {
        Path src;
        try {
            src = Path.of(Fixture.class.getResource("/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return dir.resolve("data");
    }
}
