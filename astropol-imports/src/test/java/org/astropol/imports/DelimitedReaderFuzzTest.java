package org.astropol.imports;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the delimited readers (TSV unquoted, CSV quoted): arbitrary bytes never make them throw and line numbers
 * only grow; a table of plain cells (no quotes, delimiters or line ends inside) reads back exactly, line by line.
 */
class DelimitedReaderFuzzTest {
    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> structured = Arbitraries.of("a", "\t", ",", "\"", "\"\"", "\n", "\r", "\r\n", "\u00e9", "\u0000", "\uFEFF", "x y", "")
                .list().ofMaxSize(80).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> cutUtf8 = structured.map(b -> b.length > 1 ? java.util.Arrays.copyOf(b, b.length - 1) : b);
        return Arbitraries.oneOf(raw, structured, cutUtf8);
    }

    @Property
    void arbitraryBytesNeverMakeAReaderThrow(@ForAll("anyBytes") byte[] bytes) throws IOException {
        for (char delimiter : new char[]{'\t', ','}) {
            for (boolean quoting : new boolean[]{false, true}) {
                try (DelimitedReader r = new DelimitedReader(new ByteArrayInputStream(bytes), delimiter, quoting)) {
                    long last = 0;
                    for (DelimitedReader.Record rec; (rec = r.next()) != null; ) {
                        assertThat(rec.line()).isGreaterThan(last);
                        last = rec.line();
                        if (rec.problem() != null) assertThat(rec.problemField()).isBetween(0, rec.fields().length - 1);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> plainTables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("abcXYZ019 .-_é中").ofMaxLength(12)
                .filter(s -> s.isEmpty() || (s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' '));
        return cell.list().ofSize(3).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void plainTablesReadBackExactly(@ForAll("plainTables") List<List<String>> rows) throws IOException {
        for (char delimiter : new char[]{'\t', ','}) {
            StringBuilder b = new StringBuilder();
            for (List<String> row : rows) b.append(String.join(String.valueOf(delimiter), row)).append('\n');
            List<List<String>> read = new ArrayList<>();
            try (DelimitedReader r = new DelimitedReader(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)), delimiter, delimiter == ',')) {
                for (DelimitedReader.Record rec; (rec = r.next()) != null; ) {
                    assertThat(rec.problem()).isNull();
                    assertThat(rec.line()).isEqualTo(read.size() + 1);
                    read.add(List.of(rec.fields()));
                }
            }
            assertThat(read).isEqualTo(rows);
        }
    }
}
