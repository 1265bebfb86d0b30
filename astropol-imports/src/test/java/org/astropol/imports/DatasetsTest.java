package org.astropol.imports;

import org.astropol.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.astropol.imports.ImportTestSupport.*;

/** Each format's own fixture: UN votes (both layouts), UCS, CelesTrak. */
class DatasetsTest {
    @TempDir Path tmp;

    Path db() { return tmp.resolve("kb.duckdb"); }

    @Test
    void unvotesMapsSymbolsCountryCodesAndPredecessorStates() throws Exception {
        ImportReport r = run(db(), "unvotes", false, fixture("unvotes"));
        assertThat(r.tables()).extracting(ImportReport.TableResult::table, ImportReport.TableResult::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("un_roll_call", 4L), org.assertj.core.groups.Tuple.tuple("un_vote", 20L),
                        org.assertj.core.groups.Tuple.tuple("un_roll_call_issue", 2L));
        assertThat(query(db(), "SELECT resolution, space_category FROM un_roll_call WHERE rcid = 200")).containsExactly(List.of("A/RES/69/32", "NO_FIRST_PLACEMENT"));
        assertThat(query(db(), "SELECT descr FROM un_roll_call WHERE rcid = 100")).containsExactly(List.of("TO ADOPT A RESOLUTION, SAID \"PAROS\" TEXT, ON OUTER SPACE."));
        // NA is Namibia, not a missing value; Russia before 26 Dec 1991 is the Soviet Union; codeless FRG is Germany
        assertThat(query(db(), "SELECT country_code, state FROM un_vote WHERE rcid = 100 ORDER BY country")).containsExactly(
                List.of("CS", "CSK"), Arrays.asList(null, "DEU"), List.of("FR", "FRA"), List.of("NA", "NAM"), List.of("RU", "SUN"), List.of("US", "USA"));
        assertThat(query(db(), "SELECT state FROM un_vote WHERE rcid = 200 AND country_code = 'RU'")).containsExactly(List.of("RUS"));

        try (Connection c = Database.openReadOnly(db())) {
            ResolutionVotes.Result v = ResolutionVotes.find(c, "A/RES/45/55");
            assertThat(v.rcid()).isEqualTo(100L); // the vote on the whole text, not the amendment (rcid 101)
            assertThat(List.of(v.yes(), v.no(), v.abstain(), v.absent())).containsExactly(3, 1, 2, 1); // India voted in session 45, not on this
            assertThat(v.positions()).contains(new ResolutionVotes.Position("IND", "absent"), new ResolutionVotes.Position("NAM", "yes"));
            ResolutionVotes.Result w = ResolutionVotes.find(c, "r/69/32");
            assertThat(w.resolution()).isEqualTo("A/RES/69/32");
            assertThat(w.date()).isEqualTo("2014-12-02");
            assertThat(List.of(w.yes(), w.no(), w.abstain(), w.absent())).containsExactly(2, 2, 1, 0);
            assertThat(ResolutionVotes.find(c, "A/RES/1/1")).isNull();
        }
        assertThat(query(db(), "SELECT state, vote FROM space_resolution_record WHERE resolution = 'A/RES/69/32' AND state = 'UKR'")).containsExactly(List.of("UKR", "no"));
    }

    @Test
    void unvotesAcceptsTheSpaceSubsetAndTheRollCallsFile() {
        run(db(), "unvotes", false, fixture("unvotes-space"));
        assertThat(count(db(), "SELECT count(*) FROM un_vote")).isEqualTo(3);
        assertThat(count(db(), "SELECT count(*) FROM un_roll_call WHERE space_category IS NOT NULL")).isEqualTo(2);
        ImportReport r = run(db(), "unvotes", false, fixture("unvotes/un_roll_calls.csv"));
        assertThat(r.tables().get(1).added()).isEqualTo(18); // un_vote: 20 now, 2 of the subset's 3 keys reappear, 1 removed
        assertThat(r.tables().get(1).removed()).isEqualTo(1);
    }

    @Test
    void undlVotesMapColumnsCaseInsensitivelyAndListNonVotingAsAbsent() throws Exception {
        run(db(), "unga-votes", false, fixture("undl/votes.csv"));
        assertThat(query(db(), "SELECT state, vote, yes_total, total_members FROM undl_vote ORDER BY state")).containsExactly(
                List.of("CHN", "yes", 2, 5), List.of("FRA", "abstain", 2, 5), List.of("RUS", "yes", 2, 5), List.of("TUV", "absent", 2, 5), List.of("USA", "no", 2, 5));
        try (Connection c = Database.openReadOnly(db())) {
            ResolutionVotes.Result v = ResolutionVotes.find(c, "a/res/69/32");
            assertThat(List.of(v.yes(), v.no(), v.abstain(), v.absent())).containsExactly(2, 1, 1, 1);
            assertThat(v.source()).isEqualTo("undl_vote");
            assertThat(v.title()).isEqualTo("No first placement of weapons in outer space");
        }
    }

    @Test
    void ucsHandlesByteOrderMarkSemicolonsCrlfDayFirstDatesAndDecimalCommas() {
        ImportReport r = run(db(), "ucs", false, fixture("ucs/ucs.csv"));
        assertThat(r.rows()).isEqualTo(3); // the two empty rows at the end are not rows
        assertThat(query(db(), "SELECT name, operator_state, launch_date, eccentricity, inclination, period_min, lifetime_years FROM satellite WHERE norad = 44859"))
                .containsExactly(List.of("Alpha-1 (Al 1)", "USA", "2019-12-11", 0.00151, 36.9, 96.08, 0.5));
        assertThat(query(db(), "SELECT name, operator_state, longitude_geo, dry_mass_kg, power_w FROM satellite WHERE norad = 55107"))
                .containsExactly(List.of("Beta \"Geo\"", "GBR", -94.39, 2100.0, 6800.0));
        assertThat(query(db(), "SELECT operator_state, power_w, launch_date FROM satellite WHERE norad = 45000"))
                .containsExactly(Arrays.asList(null, 16000.0, "2020-02-01"));
        Path bad = fixture("ucs/ucs-bad.csv");
        assertThatThrownBy(() -> run(db(), "ucs", false, bad)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        bad + ":3: Date of Launch: not a day-first date (dd/mm/yyyy): '29/11/018'",
                        bad + ":4: norad: duplicate key 44859 (first at line 2)"));
        assertThat(count(db(), "SELECT count(*) FROM satellite")).isEqualTo(3);
    }

    @Test
    void celestrakSatcatMapsOwnerCodes() {
        run(db(), "celestrak-satcat", false, fixture("celestrak/satcat.csv"));
        assertThat(query(db(), "SELECT norad_cat_id, state, object_name FROM celestrak_object ORDER BY 1")).containsExactly(
                List.of(1L, "SUN", "SL-1 R/B"), List.of(5L, "USA", "VANGUARD 1"), List.of(44713L, "USA", "STARLINK-1007, TEST"),
                List.of(44797L, "RUS", "COSMOS 2542"), List.of(48274L, "CHN", "TIANHE"));
        assertThat(query(db(), "SELECT decay_date, rcs FROM celestrak_object WHERE norad_cat_id = 1")).containsExactly(List.of("1957-12-01", 20.42));
        Path bad = fixture("celestrak/satcat-bad.csv");
        assertThatThrownBy(() -> run(db(), "celestrak-satcat", false, bad)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        bad + ":3: PERIOD: not a number: '13x2.77'", bad + ":6: LAUNCH_DATE: not a date (yyyy-mm-dd): '2021-13-29'"));
    }

    @Test
    void psatcatRegistrationAndSites() {
        run(db(), "gcat-psatcat", false, fixture("gcat/psatcat.tsv")); // CRLF and a tab-padded comment line
        assertThat(query(db(), "SELECT jcat, un_state_code, un_state, registered FROM payload_registration ORDER BY jcat")).containsExactly(
                List.of("S00101", "SU", "SUN", true), List.of("S00110", "[UK]", "GBR", false), List.of("S00130", "CN", "CHN", true),
                List.of("S00131", "CN", "CHN", false));
        Path sites = fixture("gcat/sites.tsv");
        assertThatThrownBy(() -> run(db(), "gcat-sites", false, sites)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(sites + ":5: Latitude: not a number: 'nowhere'"));
        run(db(), "gcat-sites", true, sites);
        assertThat(query(db(), "SELECT site, state, start_day, stop_day, longitude FROM launch_site ORDER BY site")).containsExactly(
                Arrays.asList("CC", "USA", "1950-01-01", null, -80.57), List.of("NIIP5", "SUN", "1955-06-02", "1991-12-01", 63.3));
    }
}
