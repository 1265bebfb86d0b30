package org.astropol.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.astropol.imports.ImportTestSupport.*;

/** The import framework on small fixtures: atomicity, malformed rows, encodings, columns, duplicates, re-imports. */
class FrameworkTest {
    @TempDir Path tmp;

    Path db() { return tmp.resolve("kb.duckdb"); }

    @Test
    void readerHandlesQuotesEmbeddedNewlinesCrlfAndBom() throws Exception {
        byte[] bytes = "\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n3,4".getBytes(StandardCharsets.UTF_8);
        try (DelimitedReader r = new DelimitedReader(new ByteArrayInputStream(bytes), ',', true)) {
            assertThat(r.next().fields()).containsExactly("a", "b");
            DelimitedReader.Record rec = r.next();
            assertThat(rec.line()).isEqualTo(2);
            assertThat(rec.fields()).containsExactly("x, \"y\"", "two\nlines");
            DelimitedReader.Record last = r.next();
            assertThat(last.line()).isEqualTo(4);
            assertThat(last.fields()).containsExactly("3", "4");
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void launchLogImportsOneRowPerPayloadAndALaunchView() {
        ImportReport r = run(db(), "gcat-launchlog", false, fixture("gcat/launchlog.tsv"));
        assertThat(r.tables()).singleElement().satisfies(t -> {
            assertThat(t.table()).isEqualTo("launch_payload");
            assertThat(t.rows()).isEqualTo(7);
            assertThat(t.previous()).isFalse();
        });
        assertThat(query(db(), "SELECT launch_tag, launch_day, lv_state, orbital, success, payloads FROM launch ORDER BY launch_tag"))
                .containsExactly(
                        List.of("1961 ALP", "1961-01-31", "SUN", true, true, 2L),
                        List.of("1961-F01", "1961-03-02", "USA", true, false, 1L),
                        List.of("1962 BET", "1962-04-01", "USA", true, true, 1L),
                        List.of("1992 GAM", "1992-06-01", "RUS", true, true, 1L),
                        List.of("1995 DEL", "1995-07-15", "USA", false, true, 1L),
                        java.util.Arrays.asList("2001-S01", "2001-01-01", null, false, true, 1L));
        assertThat(query(db(), "SELECT sat_state, sat_state_code, src_line FROM launch_payload WHERE jcat = 'S00110'"))
                .containsExactly(List.of("GBR", "UK", 6L));
        assertThat(query(db(), "SELECT lv_state, year, launches, successes FROM launches_by_state_year ORDER BY year, lv_state"))
                .containsExactly(List.of("SUN", 1961, 1L, 1L), List.of("USA", 1961, 1L, 0L), List.of("USA", 1962, 1L, 1L), List.of("RUS", 1992, 1L, 1L));
    }

    @Test
    void malformedRowsFailTheImportWithFileLineAndFieldAndKeepThePreviousTable() {
        run(db(), "gcat-launchlog", false, fixture("gcat/launchlog.tsv"));
        Path bad = fixture("gcat/launchlog-bad.tsv");
        assertThatThrownBy(() -> run(db(), "gcat-launchlog", false, bad))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.getMessage()).contains("nothing was imported");
                    assertThat(e.problems()).extracting(Object::toString).containsExactly(
                            bad + ":5: Launch_Date: not a GCAT date (e.g. '1957 Oct  4'): '1961 Foo 31'",
                            bad + ":6: row: expected 20 fields, found 3",
                            bad + ":7: Launch_Code: missing value");
                });
        // the previous release is intact
        assertThat(count(db(), "SELECT count(*) FROM launch_payload")).isEqualTo(7);
        assertThat(count(db(), "SELECT count(*) FROM launch")).isEqualTo(6);
        assertThat(count(db(), "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '_import_%'")).isZero();
    }

    @Test
    void skipBadImportsTheGoodRowsAndReportsTheOthers() {
        ImportReport r = run(db(), "gcat-launchlog", true, fixture("gcat/launchlog-bad.tsv"));
        assertThat(r.skipped()).isEqualTo(3);
        assertThat(r.skippedProblems()).extracting(ImportProblem::line).containsExactly(5L, 6L, 7L);
        assertThat(count(db(), "SELECT count(*) FROM launch_payload")).isEqualTo(7);
    }

    @Test
    void wrongEncodingIsReportedWithLineAndField() {
        Path f = fixture("gcat/launchlog-latin1.tsv");
        assertThatThrownBy(() -> run(db(), "gcat-launchlog", false, f))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly(f + ":4: Name: not valid UTF-8 (wrong encoding?)"));
        assertThat(run(db(), "gcat-launchlog", true, f).rows()).isEqualTo(1);
    }

    @Test
    void nulBytesAreRefusedWithLineAndFieldAsIngestRefusesThem() throws Exception {
        Path f = tmp.resolve("launchlog-nul.tsv");
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(fixture("gcat/launchlog.tsv")));
        String[] cells = lines.get(3).split("\t", -1);
        cells[1] = cells[1] + "\u0000";
        lines.set(3, String.join("\t", cells));
        java.nio.file.Files.write(f, lines);
        assertThatThrownBy(() -> run(db(), "gcat-launchlog", false, f))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .singleElement().asString().startsWith(f + ":4: ").endsWith(": NUL byte (binary content, not text)"));
        for (boolean quoting : new boolean[]{true, false}) {
            byte[] bytes = "a,b\nx,\"y\u0000\"\n".getBytes(StandardCharsets.UTF_8);
            try (DelimitedReader r = new DelimitedReader(new ByteArrayInputStream(bytes), ',', quoting)) {
                assertThat(r.next().problem()).isNull();
                DelimitedReader.Record rec = r.next();
                assertThat(rec.problem()).isEqualTo("NUL byte (binary content, not text)");
                assertThat(rec.problemField()).isEqualTo(1);
            }
        }
    }

    @Test
    void missingRequiredColumnFailsNamingIt() {
        Path f = fixture("gcat/launchlog-nocol.tsv");
        assertThatThrownBy(() -> run(db(), "gcat-launchlog", false, f))
                .isInstanceOf(ImportException.class).hasMessageContaining(f + ":1: missing required column Launch_Code");
        assertThatThrownBy(() -> run(db(), "unga-votes", false, fixture("undl/votes-nocol.csv")))
                .isInstanceOf(ImportException.class).hasMessageContaining("missing required column ms_vote");
        assertThatThrownBy(() -> run(db(), "unvotes", false, fixture("unvotes-nocol")))
                .isInstanceOf(ImportException.class).hasMessageContaining("missing required column unres");
    }

    @Test
    void duplicateKeysAreReportedWithBothLinesAndSkippingKeepsTheFirst() {
        Path f = fixture("gcat/launchlog-dupkey.tsv");
        assertThatThrownBy(() -> run(db(), "gcat-launchlog", false, f))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly(f + ":10: jcat: duplicate key S00101 (first at line 3)"));
        run(db(), "gcat-launchlog", true, f);
        assertThat(query(db(), "SELECT name FROM launch_payload WHERE jcat = 'S00101'")).containsExactly(List.of("Testsat 1"));
    }

    @Test
    void reimportOfANewerReleaseReportsAddedRemovedAndChangedRows() {
        ImportReport first = run(db(), "gcat-orgs", false, fixture("gcat/orgs.tsv"));
        assertThat(first.tables().get(0).added()).isEqualTo(4);
        ImportReport second = run(db(), "gcat-orgs", false, fixture("gcat/orgs-newer.tsv"));
        ImportReport.TableResult t = second.tables().get(0);
        assertThat(t.previous()).isTrue();
        assertThat(t.rows()).isEqualTo(4);
        assertThat(t.added()).isEqualTo(1);    // NEWCO
        assertThat(t.removed()).isEqualTo(1);  // OLDCO
        assertThat(t.changed()).isEqualTo(1);  // OKB1's stop date (the src_line shift of CNSA is not a change)
        assertThat(query(db(), "SELECT state, stop_day FROM organisation_registry WHERE code = 'OKB1'")).containsExactly(List.of("SUN", "1966-01-14"));
        assertThat(query(db(), "SELECT uname FROM organisation_registry WHERE code = 'CNSA'")).containsExactly(List.of("国家航天局"));
        assertThat(count(db(), "SELECT count(*) FROM import_log WHERE kind = 'gcat-orgs'")).isEqualTo(2);
    }

    @Test
    void satcatMapsStatesAndFeedsTheDerivedViews() {
        run(db(), "gcat-satcat", false, fixture("gcat/satcat.tsv"));
        assertThat(counts(db(), "SELECT coalesce(state, state_code), count(*) FROM space_object WHERE object_class = 'P' GROUP BY 1 ORDER BY 1"))
                .containsExactly(java.util.Map.entry("CHN", 1L), java.util.Map.entry("GBR", 1L), java.util.Map.entry("I-ESA", 1L),
                        java.util.Map.entry("RUS", 1L), java.util.Map.entry("SUN", 1L));
        assertThat(query(db(), "SELECT launch_day, decay_day, mass, orbit_regime FROM space_object WHERE jcat = 'S00120'"))
                .containsExactly(List.of("1992-06-01", "1990-01-01", 7000.0, "LLEO"));
        assertThat(query(db(), "SELECT launch_day FROM space_object WHERE jcat = 'S00130'")).containsExactly(List.of("2010-07-01"));
        // generated columns: derived from the stored ones when read
        assertThat(query(db(), "SELECT object_class, launch_year, in_orbit, orbit_regime FROM space_object WHERE jcat IN ('S00102', 'S00130') ORDER BY jcat"))
                .containsExactly(List.of("R", 1961, false, "LLEO"), List.of("P", 2010, true, "GEO"));
        String ddl = (String) query(db(), "SELECT sql FROM duckdb_tables() WHERE table_name = 'space_object'").get(0).get(0);
        for (String c : List.of("object_class", "launch_year", "in_orbit", "orbit_regime")) {
            assertThat(ddl).containsPattern("(?i)\\b" + c + " \\w+ GENERATED ALWAYS AS");
        }
        assertThat(query(db(), "SELECT state, payloads, objects FROM in_orbit_by_state WHERE state = 'CHN'")).containsExactly(List.of("CHN", 1L, 2L));
        assertThat(query(db(), "SELECT state, year, payloads FROM payloads_by_state_year WHERE state = 'SUN'")).containsExactly(List.of("SUN", 1961, 1L));
        assertThat(query(db(), "SELECT orbit_regime, share FROM orbit_regime_mix WHERE state = 'CHN'")).containsExactly(List.of("GEO", 1.0));
        Path bad = fixture("gcat/satcat-bad.tsv");
        assertThatThrownBy(() -> run(db(), "gcat-satcat", false, bad)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(bad + ":4: Mass: not a number: 'lots'"));
        assertThat(count(db(), "SELECT count(*) FROM space_object")).isEqualTo(7);
    }
}
