package org.astropol.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A temporary copy of the curation fixture (its data/ folder and a test document) with a database beside it, and the
 * command line run on them as a user runs it: arguments in, text and exit code out.
 */
abstract class CliTestBase {
    @TempDir Path tmp;
    Path data, db;

    record Run(int code, String out, String err) {}

    /** Runs astropol with the arguments, pointed at this test's data folder and database. */
    Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        // --data and --db are options of the sub-command, so they go after its arguments
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString(), "--db", db.toString())).toArray(String[]::new);
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copyFixture() throws Exception {
        data = tmp.resolve("data");
        db = tmp.resolve("var/kb.duckdb");
        populate(tmp);
    }

    /** Fills the temporary folder with the files the tests run on; the curation fixture unless a test class says otherwise. */
    void populate(Path root) throws Exception {
        copyCurationFixture(root);
    }

    /** Copies the curation fixture (its data/ folder and test document) into {@code target}. */
    static void copyCurationFixture(Path target) throws java.io.IOException {
        copyTree(Path.of(System.getProperty("astropol.root"), "astropol-curation/src/test/resources/fixture"), target);
    }

    /** Copies every file under {@code src} to the same relative place under {@code target}. */
    static void copyTree(Path src, Path target) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
    }
}
