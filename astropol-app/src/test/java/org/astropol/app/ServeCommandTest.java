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
        assertThat(code).isEqualTo(Main.DATA_ERROR);
        assertThat(err.toString()).contains("--port must be from 0 to 65535");
    }

    @Test
    void isListedWithItsOptions() {
        String usage = new picocli.CommandLine(new Main()).getSubcommands().get("serve").getUsageMessage();
        assertThat(usage).contains("--port", "--host", "127.0.0.1", "--rate-limit", "read-only");
    }
}
