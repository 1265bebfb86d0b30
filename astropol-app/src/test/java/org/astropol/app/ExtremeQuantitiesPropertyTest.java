package org.astropol.app;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated extreme quantities (huge, tiny, negative, many decimals, multiplier words) put into the fixture's one
 * space-budget statement, then check → build → every analysis. Either check refuses the value with
 * {@code file:line: value: ...}, or the value is stored exactly and every analysis answers without an exception.
 * (analyse-all runs the same analyses on ids the small fixture lacks, so it is not in the list.)
 */
class ExtremeQuantitiesPropertyTest {
    private static final String BUDGET = "value: 1.5 billion";
    private static final String[][] ANALYSES = {
            {"tiers", "--as-of", "2021-01-01", "--format", "json"}, {"tiers", "--as-of", "2020-06-30", "--explain"},
            {"compare", "artemis-accords", "USA", "--as-of", "2021-01-01", "--format", "json"},
            {"entity", "RUS", "--format", "json"}, {"entity", "RUS", "--format", "csv"}, {"network", "--as-of", "2021-01-01"},
            {"density", "artemis-accords:USA", "--as-of", "2021-01-01"}, {"firsts", "orbital-launch"}, {"timeline", "RUS"}};

    Path tmp, data, db;

    @BeforeTry
    void copyFixture() throws IOException {
        tmp = Files.createTempDirectory("astropol-extremes");
        CliTestBase.copyCurationFixture(tmp);
        data = tmp.resolve("data");
        db = tmp.resolve("var/kb.duckdb");
    }

    @AfterTry
    void remove() throws IOException {
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Provide
    Arbitrary<String> extremes() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> integer = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(40).map(s -> "1" + s);
        Arbitrary<String> decimals = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(12).map(s -> s.isEmpty() ? "" : "." + s);
        Arbitrary<String> exponent = Arbitraries.integers().between(-15, 45).injectNull(0.5).map(e -> e == null ? "" : "e" + e);
        Arbitrary<String> word = Arbitraries.of("", " thousand", " million", " billion", " trillion");
        Arbitrary<String> tiny = Arbitraries.integers().between(1, 12).map(n -> "0." + "0".repeat(n) + "1");
        return Arbitraries.oneOf(Combinators.combine(sign, integer, decimals, exponent, word).as((a, b, c, d, e) -> a + b + c + d + e),
                tiny, Arbitraries.of("1e40", "9.99e31", "1e32", "-1e31", "0.000001", "0.0000001", "99999999999999999999999999999999.999999"));
    }

    @Property(tries = 8, seed = "16")
    void aQuantityIsRefusedByCheckOrStoredExactlyAndAnalysed(@ForAll("extremes") String value) throws IOException {
        Path file = data.resolve("topics/artemis.yaml");
        String yaml = Files.readString(file);
        long line = yaml.substring(0, yaml.indexOf(BUDGET)).chars().filter(ch -> ch == '\n').count() + 1;
        Files.writeString(file, yaml.replace(BUDGET, "value: \"" + value + "\""));

        Run check = run("check");
        if (check.code() != 0) {
            assertThat(check.err()).as(value).contains("artemis.yaml:" + line + ": value: '").containsAnyOf("too large", "decimal places")
                    .doesNotContain("Exception");
            return;
        }
        assertThat(run("build").code()).as(value).isZero();
        Run stored = run("sql", "SELECT value_number IS NULL AS lost FROM statement WHERE property = 'space-budget'", "--format", "csv");
        assertThat(stored.out()).as(value).isEqualTo("lost\nfalse\n");
        for (String[] analysis : ANALYSES) {
            Run r = run(analysis);
            assertThat(r.code()).as(value + ": " + String.join(" ", analysis) + "\n" + r.err()).isZero();
            assertThat(r.err()).as(value).doesNotContain("Exception");
        }
    }

    @Example
    void tenToTheFortyIsRefusedWithFileLineAndField() throws IOException {
        copyFixtureIfNeeded();
        Path file = data.resolve("topics/artemis.yaml");
        Files.writeString(file, Files.readString(file).replace(BUDGET, "value: 1e40"));
        Run check = run("check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("artemis.yaml:43: value: '1e40' is too large: the store holds quantities below 10^32 exactly");
        assertThat(run("build").code()).isEqualTo(1);
    }

    private void copyFixtureIfNeeded() throws IOException {
        if (data == null) copyFixture();
    }

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString(), "--db", db.toString())).toArray(String[]::new);
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }
}
