package org.astropol.curation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs that used to cost gigabytes, minutes or the right line number: each is refused early and said where. */
class BoundedYamlTest {
    @TempDir Path tmp;

    private List<String> problems(Path data) throws Exception {
        return CuratedDataReader.read(data).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void anAnchoredScalarReferencedThousandsOfTimesIsRefusedByItsExpandedSize() throws Exception {
        Path data = Fixture.copyTo(tmp);
        StringBuilder y = new StringBuilder("x-big: &big |\n" + ("  " + "a".repeat(78) + "\n").repeat(13_500) + "x-uses:\n");
        for (int i = 0; i < 5000; i++) y.append("  - *big\n");
        Files.writeString(data.resolve("topics/bomb.yaml"), y);
        long start = System.nanoTime();
        assertThat(problems(data)).contains("data/topics/bomb.yaml:1: the document grows beyond 16M characters once its aliases (*name) are expanded");
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(20);
    }

    @Test
    void aVeryLongLineIsRefusedBeforeTheQuadraticScannerSeesIt() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/long.yaml"), "# a file\nsources:\n  - {id: x, title: \"" + "t".repeat(4 << 20) + "\"}\n");
        assertThat(problems(data)).containsExactly("data/topics/long.yaml:3: line longer than 100000 characters; break it up (a block scalar | or > can span lines)");
    }

    @Test
    void invalidUtf8AndNulBytesAreReportedAtTheirLine() throws Exception {
        Path data = Fixture.copyTo(tmp);
        byte[] head = "# one\n# two\nsources:\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 3];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = '#';
        bad[head.length + 1] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        bad[head.length + 2] = '\n';
        Files.write(data.resolve("topics/latin1.yaml"), bad);
        Files.writeString(data.resolve("topics/nul.yaml"), "# one\nsources: []\n# three \u0000\n");
        assertThat(problems(data)).contains("data/topics/latin1.yaml:4: not valid UTF-8 text (byte " + (head.length + 2) + ")",
                "data/topics/nul.yaml:3: NUL byte in the text");
    }

    @Test
    void aRecursiveAliasIsRefused() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/loop.yaml"), "x-loop: &a [1, *a]\n");
        assertThat(problems(data)).anySatisfy(p -> assertThat(p).startsWith("data/topics/loop.yaml:1: "));
    }

    @Test
    void everySkippedSymbolicLinkIsReportedAsAWarning() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.createSymbolicLink(data.resolve("topics/dangling.yaml"), tmp.resolve("nowhere.yaml"));
        Files.createSymbolicLink(data.resolve("topics/self.yaml"), data.resolve("topics/self.yaml"));
        Files.createSymbolicLink(data.resolve("topics/up"), data);
        var r = CuratedDataReader.read(data);
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).containsExactly(
                "data/topics/dangling.yaml: skipped symbolic link, its target does not exist or loops back",
                "data/topics/self.yaml: skipped symbolic link, its target does not exist or loops back",
                "data/topics/up: skipped symbolic link, it points at a folder, which is not followed");
    }
}
