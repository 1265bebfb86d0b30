package org.astropol.app;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick commands read by hand ({@link QuickCommandLine}) answer exactly as picocli does: the same output, messages
 * and exit code, for the command lines taken by hand; anything else is left to picocli.
 */
class QuickCommandLineTest extends CliTestBase {

    private String[] withPaths(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--data", data.toString(), "--db=" + db)).toArray(String[]::new);
    }

    private Run quick(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Integer code = QuickCommandLine.run(new PrintWriter(out), new PrintWriter(err), withPaths(args));
        assertThat(code).as("taken by hand: %s", List.of(args)).isNotNull();
        return new Run(code, out.toString(), err.toString());
    }

    private Run picocli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.executeWithPicocli(new PrintWriter(out), new PrintWriter(err), withPaths(args));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theQuickCommandLinesAnswerAsPicocliDoes() {
        run("members", "artemis-accords"); // builds the database, so that neither run below prints progress
        List<List<String>> lines = List.of(
                List.of("members", "artemis-accords"),
                List.of("members", "ARTEMIS-accords", "--format", "csv"),
                List.of("members", "--stage=signed", "artemis-accords", "--format=json"),
                List.of("members", "artemis-accords", "--as-of", "2021-01-01"),
                List.of("members", "artemis-accords", "--as-of", "2021-13-45"),
                List.of("members", "no-such-group"),
                List.of("entity", "BRA"),
                List.of("entity", "bra", "--format", "json"),
                List.of("entity", "no-such-entity", "--format", "csv"),
                List.of("vote", "A/RES/1/1"),
                List.of("vote", "A/RES/1/1", "--format", "json"));
        int failures = 0;
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            Run expected = picocli(args), actual = quick(args);
            assertThat(actual).as("%s", line).isEqualTo(expected);
            if (expected.code() != Main.OK) failures++;
        }
        assertThat(failures).as("some lines fail with a data error").isGreaterThanOrEqualTo(3);
        assertThat(picocli("members", "artemis-accords").out()).contains(" rows)");
    }

    @Test
    void everyOtherCommandLineIsLeftToPicocli() {
        for (List<String> line : List.of(List.of("members"), List.of("members", "a", "b"), List.of("members", "a", "--format", "JSON"),
                List.of("members", "a", "--stage", "bogus"), List.of("members", "a", "--stage", "signed", "--stage", "signed"),
                List.of("entity", "a", "--stage", "signed"), List.of("entity", "a", "--help"), List.of("entity", "--", "a"),
                List.of("entity", "@args.txt"), List.of("vote", "A/RES/1/1", "--as-of", "2020-01-01"), List.of("entity", "a", "--db"),
                List.of("timeline", "a"), List.of("--help"))) {
            assertThat(QuickCommandLine.parse(line.toArray(String[]::new))).as("%s", line).isNull();
        }
        // and picocli still reports them as before: a usage error names the problem and exits 2
        Run r = run("members", "artemis-accords", "--stage", "bogus");
        assertThat(r.code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(r.err()).contains("unknown stage 'bogus'");
        assertThat(run("members", "artemis-accords", "--format", "JSON").code()).isZero();
    }
}
