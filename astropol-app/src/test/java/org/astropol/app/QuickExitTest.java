package org.astropol.app;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quick query command ends its process at once after a successful answer (Main halts the JVM instead of exiting through
 * its shutdown sequence): run as a real child JVM writing to a pipe, it still prints its whole answer and exits 0, and a
 * failing one still exits with its code and message.
 */
class QuickExitTest extends CliTestBase {

    private Run child(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data", data.toString(), "--db", db.toString()));
        Path errFile = tmp.resolve("child.err");
        Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes(); // stdout is a pipe, as when a user pipes the answer on
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(errFile));
    }

    @Test
    void aHaltedQueryPrintsItsWholeAnswerAndAFailedOneExitsWithItsCode() throws Exception {
        Run members = run("members", "artemis-accords");
        assertThat(members.code()).isZero();
        assertThat(members.out()).contains("(").contains(" rows)");
        Run halted = child("members", "artemis-accords");
        assertThat(halted.code()).isZero();
        assertThat(halted.out()).isEqualTo(members.out());
        Run entity = child("entity", "BRA", "--format", "json");
        assertThat(entity.code()).isZero();
        assertThat(entity.out()).isEqualTo(run("entity", "BRA", "--format", "json").out());
        Run unknown = child("entity", "NOPE");
        assertThat(unknown.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(unknown.err()).contains("NOPE");
    }
}
