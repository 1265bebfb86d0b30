package org.astropol.app;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base read on a second thread as main() starts ({@link Main#prefetch}) gives the answers a plain run gives. */
class PrefetchTest extends CliTestBase {

    /** Runs the command as main() does: the prefetch first, with the paths given as a user gives them. */
    private Run runLikeMain(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data=" + data, "--db", db.toString())).toArray(String[]::new);
        Main.prefetch(all);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void prefetchedAnswersAreThePlainOnesAndAnEditIsStillSeen() throws Exception {
        Run plain = run("entity", "BRA", "--format", "json");
        assertThat(plain.code()).isZero();
        Run prefetched = runLikeMain("entity", "BRA", "--format", "json");
        assertThat(prefetched.code()).isZero();
        assertThat(prefetched.out()).isEqualTo(plain.out());
        assertThat(prefetched.err()).isEmpty();
        assertThat(runLikeMain("members", "artemis-accords", "--format", "json").out())
                .isEqualTo(run("members", "artemis-accords", "--format", "json").out());

        Path file = data.resolve("topics/artemis.yaml");
        Files.writeString(file, Files.readString(file).replace("name: Brazil,", "name: Brazik,"));
        Run edited = runLikeMain("entity", "BRA", "--format", "json");
        assertThat(edited.code()).isZero();
        assertThat(edited.out()).contains("Brazik").doesNotContain("\"Brazil\"");
    }

    @Test
    void aPrefetchGuessedForTheDefaultDatabaseIsNotUsedForAnother() {
        run("entity", "BRA");
        Main.prefetch(new String[] {"entity", "BRA"}); // guesses <home>/var/astropol.duckdb, not this test's database
        Run r = run("entity", "BRA", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"id\" : \"BRA\"");
    }
}
