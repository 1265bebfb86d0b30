package org.astropol.app;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The serve command's own checks (the server itself is tested in astropol-web). */
class ServeCommandTest {
    @Test
    void refusesABadPortWithAClearMessage() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "serve", "--port", "70000");
        assertThat(code).as("a usage error").isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString()).contains("--port must be from 0 to 65535");
    }

    @Test
    void isListedWithItsOptions() {
        String usage = Main.commandLine().getSubcommands().get("serve").getUsageMessage();
        assertThat(usage).contains("--port", "--host", "127.0.0.1", "--rate-limit", "read-only", "--review-token-file", "ASTROPOL_REVIEW_TOKEN");
    }

    @Test
    void theReviewTokenComesFromTheFileElseTheEnvironment(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path file = tmp.resolve("token");
        java.nio.file.Files.writeString(file, "from-the-file-0123456789\n");
        assertThat(ServeCommand.reviewToken(file, "from-the-environment-0123")).isEqualTo("from-the-file-0123456789");
        assertThat(ServeCommand.reviewToken(null, "from-the-environment-0123")).isEqualTo("from-the-environment-0123");
        assertThat(ServeCommand.reviewToken(null, null)).as("none configured: writes disabled").isNull();
        assertThat(ServeCommand.reviewToken(null, "  ")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServeCommand.reviewToken(tmp.resolve("missing"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--review-token-file: no such file");
        java.nio.file.Files.writeString(file, "\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServeCommand.reviewToken(file, "from-the-environment-0123"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
