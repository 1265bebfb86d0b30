package org.astropol.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.astropol.imports.ImportTestSupport.*;

/** Synthetic files are valid inputs of their importers and deterministic. */
class SyntheticFilesTest {
    @TempDir Path tmp;

    @Test
    void syntheticSatcatImportsCleanlyAndIsDeterministic() throws Exception {
        Path a = tmp.resolve("a.tsv"), b = tmp.resolve("b.tsv");
        SyntheticFiles.write("satcat", a, 2000, 7);
        SyntheticFiles.write("satcat", b, 2000, 7);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        ImportReport r = run(tmp.resolve("kb.duckdb"), "gcat-satcat", false, a);
        assertThat(r.rows()).isEqualTo(2000);
        assertThat(r.skipped()).isZero();
        assertThat(count(tmp.resolve("kb.duckdb"), "SELECT count(*) FROM space_object WHERE state_code = 'SU' AND state = 'SUN'")).isPositive();
    }

    @Test
    void syntheticLaunchLogImportsCleanly() throws Exception {
        Path f = tmp.resolve("l.tsv");
        SyntheticFiles.write("launchlog", f, 3000, 1);
        assertThat(run(tmp.resolve("kb.duckdb"), "gcat-launchlog", false, f).rows()).isEqualTo(3000);
        assertThat(count(tmp.resolve("kb.duckdb"), "SELECT count(*) FROM launch")).isBetween(100L, 3000L);
        assertThatThrownBy(() -> SyntheticFiles.write("nope", tmp.resolve("x"), 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
