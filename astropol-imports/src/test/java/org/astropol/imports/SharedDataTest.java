package org.astropol.imports;

import org.astropol.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.astropol.imports.ImportTestSupport.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports every file of ../shared/data/gcat, unvotes and ucs and checks the imported numbers against counts
 * made here directly from the files (plain line splitting, independent of the importers). Skipped when
 * ../shared is not present.
 */
class SharedDataTest {
    @TempDir Path tmp;

    Path db() { return tmp.resolve("kb.duckdb"); }

    @BeforeEach
    void needShared() {
        assumeTrue(Files.isDirectory(SHARED), "../shared not present: skipped");
    }

    private static List<String[]> tsvRows(Path f) throws IOException {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        }
    }

    @Test
    void orbitalLaunchesPerStatePerYearAgreeWithACountFromTheFile() throws IOException {
        Path f = SHARED.resolve("gcat/launchlog.tsv");
        assumeTrue(Files.exists(f), f + " not present: skipped");
        run(db(), "gcat-launchlog", false, f);
        // column 0 Launch_Tag, 1 Launch_Date, 17 LVState, 18 Launch_Code
        Map<String, Set<String>> tags = new TreeMap<>();
        for (String[] r : tsvRows(f)) {
            if (r[18].strip().startsWith("O")) tags.computeIfAbsent(r[17].strip() + "|" + r[1].strip().substring(0, 4), k -> new HashSet<>()).add(r[0].strip());
        }
        Map<String, Long> expected = new TreeMap<>();
        tags.forEach((k, v) -> expected.put(k, (long) v.size()));
        Map<String, Long> imported = new TreeMap<>(counts(db(),
                "SELECT lv_state_code || '|' || launch_year, count(*) FROM launch WHERE orbital GROUP BY 1"));
        assertThat(imported).isEqualTo(expected);
        assertThat(expected.get("SU|1961")).isEqualTo(count(db(), "SELECT launches FROM launches_by_state_year WHERE lv_state = 'SUN' AND year = 1961"));
        assertThat(count(db(), "SELECT count(*) FROM launch_payload")).isEqualTo(tsvRows(f).size());
    }

    @Test
    void payloadsPerStateAgreeWithACountFromTheSatcatFiles() throws IOException {
        Path a = SHARED.resolve("gcat/debris_inorbit.tsv"), b = SHARED.resolve("gcat/non_debris_outoforbit.tsv");
        assumeTrue(Files.exists(a) && Files.exists(b), "GCAT satcat samples not present: skipped");
        run(db(), "gcat-satcat", false, a, b);
        Map<String, Long> expected = new TreeMap<>();
        long rows = 0;
        for (Path f : List.of(a, b)) {
            for (String[] r : tsvRows(f)) {  // column 4 Type, 15 State
                rows++;
                if (r[4].strip().startsWith("P")) expected.merge(r[15].strip(), 1L, Long::sum);
            }
        }
        assertThat(new TreeMap<>(counts(db(), "SELECT state_code, count(*) FROM space_object WHERE object_class = 'P' GROUP BY 1"))).isEqualTo(expected);
        assertThat(count(db(), "SELECT count(*) FROM space_object")).isEqualTo(rows);
        assertThat(count(db(), "SELECT count(*) FROM space_object WHERE state_code = 'SU' AND state <> 'SUN'")).isZero();
        // the acceptance query
        assertThat(query(db(), "SELECT state, count(*) FROM space_object GROUP BY state")).isNotEmpty();
    }

    @Test
    void orgReleasesImportInSequenceWithConsistentDiffs() {
        Path r2020 = SHARED.resolve("gcat/orgs-2020/orgs.tsv"), r2025 = SHARED.resolve("gcat/orgs-2025-04/orgs.tsv"), r2026 = SHARED.resolve("gcat/orgs.tsv");
        assumeTrue(Files.exists(r2020) && Files.exists(r2025) && Files.exists(r2026), "GCAT orgs releases not present: skipped");
        long before = run(db(), "gcat-orgs", false, r2020).rows();
        for (Path next : List.of(r2025, r2026)) {
            ImportReport.TableResult t = run(db(), "gcat-orgs", false, next).tables().get(0);
            assertThat(t.previous()).isTrue();
            assertThat(before + t.added() - t.removed()).isEqualTo(t.rows());
            assertThat(t.changed()).isPositive();
            before = t.rows();
        }
        assertThat(before).isEqualTo(4028);
        assertThat(query(db(), "SELECT state FROM organisation_registry WHERE code = 'SU'")).containsExactly(List.of("SUN"));
    }

    @Test
    void unvotesTallyOfAResolutionAgreesWithACountFromTheFile() throws Exception {
        Path dir = SHARED.resolve("unvotes");
        assumeTrue(Files.exists(dir.resolve("un_roll_calls.csv")) && Files.exists(dir.resolve("un_votes.csv")), "unvotes not present: skipped");
        run(db(), "unvotes", false, dir);
        String rcid = null;
        for (String l : Files.readAllLines(dir.resolve("un_roll_calls.csv"))) if (l.contains(",\"R/69/32\",")) rcid = l.substring(0, l.indexOf(','));
        Map<String, Integer> tally = new HashMap<>();
        long votes = 0;
        try (Stream<String> lines = Files.lines(dir.resolve("un_votes.csv"))) {
            for (String l : (Iterable<String>) lines.skip(1)::iterator) {
                votes++;
                String[] p = l.split(",");
                if (p[0].equals(rcid)) tally.merge(p[p.length - 1], 1, Integer::sum);
            }
        }
        try (Connection c = Database.openReadOnly(db())) {
            ResolutionVotes.Result v = ResolutionVotes.find(c, "A/RES/69/32");
            assertThat(String.valueOf(v.rcid())).isEqualTo(rcid);
            assertThat(v.yes()).isEqualTo(tally.get("yes"));
            assertThat(v.no()).isEqualTo(tally.get("no"));
            assertThat(v.abstain()).isEqualTo(tally.get("abstain"));
            assertThat(v.date()).isEqualTo("2014-12-02");
        }
        assertThat(count(db(), "SELECT count(*) FROM un_vote")).isEqualTo(votes);
        assertThat(count(db(), "SELECT count(*) FROM un_roll_call WHERE space_category IS NOT NULL")).isEqualTo(73);
        assertThat(count(db(), "SELECT count(*) FROM un_vote WHERE country_code = 'NA' AND state = 'NAM'")).isEqualTo(
                count(db(), "SELECT count(*) FROM un_vote WHERE country = 'Namibia'")).isPositive();
        // the space subset alone
        ImportReport sub = run(tmp.resolve("sub.duckdb"), "unvotes", false, dir.resolve("space_roll_calls.csv"));
        assertThat(sub.tables().get(0).rows()).isEqualTo(73);
    }

    @Test
    void ucsEditionImportsWithItsMalformedRowsReportedByLine() {
        Path f = SHARED.resolve("ucs/UCS-Satellite-Database_2023-05-01.csv");
        assumeTrue(Files.exists(f), f + " not present: skipped");
        assertThatThrownBy(() -> run(db(), "ucs", false, f)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).extracting(ImportProblem::line).contains(351L, 1095L, 1096L, 7188L);
            assertThat(e.problems()).extracting(ImportProblem::field).contains("Date of Launch", "Dry Mass (kg.)", "norad");
        });
        ImportReport r = run(db(), "ucs", true, f);
        assertThat(r.rows() + r.skipped()).isEqualTo(7560);
        assertThat(count(db(), "SELECT count(*) FROM satellite WHERE launch_date IS NOT NULL AND operator_state IS NOT NULL")).isGreaterThan(7000);
    }

    @Test
    void payloadRegistrationsAndSitesImportEveryRow() throws IOException {
        Path p = SHARED.resolve("gcat/psatcat.tsv"), s = SHARED.resolve("gcat/sites.tsv");
        assumeTrue(Files.exists(p) && Files.exists(s), "GCAT psatcat/sites not present: skipped");
        assertThat(run(db(), "gcat-psatcat", false, p).rows()).isEqualTo(tsvRows(p).size());
        assertThat(run(db(), "gcat-sites", false, s).rows()).isEqualTo(tsvRows(s).size());
        long su = tsvRows(p).stream().filter(r -> r[17].strip().equals("SU")).count();
        assertThat(count(db(), "SELECT count(*) FROM payload_registration WHERE un_state_code = 'SU' AND un_state = 'SUN'")).isEqualTo(su);
    }
}
