package org.astropol.curation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the data reader: a data file of generated YAML fragments and bytes, beside the valid fixture. The reader
 * must answer with problems naming the file and a line inside it (or accept the file), never throw.
 */
class YamlReaderFuzzTest {
    private static Path dir, data;

    @BeforeContainer
    static void fixture() throws IOException {
        dir = Files.createTempDirectory("astropol-yaml-fuzz");
        data = Fixture.copyTo(dir);
    }

    @AfterContainer
    static void remove() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static final List<String> FRAGMENTS = List.of("entities:\n", "statements:\n", "sources:\n", "memberships:\n", "  - ", "id: ", "CHN",
            "USA", "test-doc", "type: state\n", "name: X\n", "property: space-budget\n", "value: ", "1e40", "-0.0000001", "1.5 billion",
            "unit: USD\n", "since: 2021-02-30\n", "from: 99999\n", "source: test-doc\n", "page: 1\n", "quote: \"", "\"", "'", "&a ", "*a", "*b",
            "<<: *a\n", "{", "}", "[", "]", ", ", ": ", "\n", "\n  ", "\n    ", "# c\n", "|\n  ", ">-\n  ", "!!binary ", "!!str ", "? ",
            "---\n", "...\n", "%YAML 1.1\n", "\t", "\u00e9", "\u4e2d", "\ud83d\ude80", "\u0000", "\r\n", "~", "null", "true", "0x1F", ".inf");

    @Provide
    Arbitrary<byte[]> yamlFiles() {
        Arbitrary<String> text = Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<byte[]> utf8 = text.map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, utf8), net.jqwik.api.Tuple.of(1, raw));
    }

    @Property
    void generatedFilesGetProblemsWithFileAndLineNeverAnException(@ForAll("yamlFiles") byte[] bytes) throws IOException {
        Path file = data.resolve("topics/fuzz.yaml");
        Files.write(file, bytes);
        long lines = 1;
        for (byte b : bytes) if (b == '\n') lines++;
        var r = CuratedDataReader.read(data);
        for (Problem p : r.problems()) {
            if (!p.file().endsWith("topics/fuzz.yaml")) continue;
            assertThat(p.line()).as(p.toString()).isBetween(1, (int) lines + 1);
            assertThat(p.message()).isNotBlank();
        }
        if (r.ok()) assertThat(r.knowledgeBase()).isNotNull();
    }
}
