package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Origin;
import org.astropol.model.RollCall;
import org.astropol.model.Statement;
import org.astropol.model.Status;
import org.astropol.model.Value;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict rules of the findings on hand-built records: what each test reproduces, contradicts or cannot test. */
class SeedClaimsTest {

    static Statement money(String id, String subject, String property, double amount, String unit, int year, String source) {
        return new Statement(id, subject, property, new Value.Quantity(BigDecimal.valueOf(amount), null, unit, year), Interval.ALWAYS,
                Status.ASSERTED, null, List.of(new Citation(source, Citation.LocatorKind.PAGE, "1")), Origin.UNKNOWN);
    }

    static SeedClaims.Claim claim(String id, String source, String test, Map<String, Object> params) {
        return new SeedClaims.Claim(id, source, "a quote", "a claim", test, params);
    }

    static SeedClaims.Finding run(KnowledgeBase kb, List<RollCall> votes, SeedClaims.Claim c) {
        return SeedClaims.evaluate(new SeedClaims.Inputs(kb, votes, day -> { throw new AssertionError("index not expected"); }), List.of(c)).get(0);
    }

    static KnowledgeBase budgets() {
        Kb k = new Kb().state("JPN");
        k.statements.add(money("b-own", "JPN", "space-budget", 300e9, "JPY", 2010, "s2"));
        k.statements.add(money("b-other", "JPN", "space-budget", 100e9, "JPY", 2010, "s1"));
        k.statements.add(money("b-2011", "JPN", "space-budget", 900e9, "JPY", 2011, "s1"));
        k.statements.add(money("fx-2010", "JPN", "usd-exchange-rate", 100, "JPY", 2010, "s3"));
        return k.build();
    }

    @Test
    void aBudgetIsMeasuredOnlyAgainstOtherSourcesConvertedAtTheYearsCitedRate() {
        var near = run(budgets(), List.of(), claim("b", "s2", "budget", Map.of("state", "JPN", "year", 2010, "currency", "USD", "value", 1.05e9, "tolerance", 0.1)));
        assertThat(near.verdict()).isEqualTo(SeedClaims.REPRODUCED);
        // 100e9 JPY at 100 JPY per USD: USD 1 billion; the claim's own 300e9 and the 2011 figure are not used
        assertThat(near.figure()).contains("USD 1.00 bn").doesNotContain("300");
        assertThat(near.evidence()).containsExactlyInAnyOrder("b-other", "fx-2010");

        var far = run(budgets(), List.of(), claim("b", "s2", "budget", Map.of("state", "JPN", "year", 2010, "currency", "USD", "value", 3e9, "tolerance", 0.1)));
        assertThat(far.verdict()).isEqualTo(SeedClaims.CONTRADICTED);
        assertThat(far.why()).contains("-67%");
    }

    @Test
    void aBudgetOnlyTheClaimsOwnDocumentGivesOrWithoutACitedRateIsNotTestable() {
        var own = run(budgets(), List.of(), claim("b", "s1", "budget", Map.of("state", "JPN", "year", 2011, "currency", "JPY", "value", 9e11, "tolerance", 0.1)));
        assertThat(own.verdict()).isEqualTo(SeedClaims.NOT_TESTABLE);
        var noRate = run(budgets(), List.of(), claim("b", "s9", "budget", Map.of("state", "JPN", "year", 2011, "currency", "USD", "value", 9e9, "tolerance", 0.1)));
        assertThat(noRate.verdict()).isEqualTo(SeedClaims.NOT_TESTABLE);
        assertThat(noRate.why()).contains("no cited 2011 exchange rate");
    }

    static RollCall rollCall(String symbol, String... stateVotes) {
        List<RollCall.Position> ps = new ArrayList<>();
        for (String sv : stateVotes) {
            String[] p = sv.split("=");
            ps.add(new RollCall.Position(p[0], p[1], false, new Citation("s1", Citation.LocatorKind.PAGE, "1"), Origin.UNKNOWN));
        }
        return new RollCall("rc-" + symbol, symbol, LocalDate.of(2014, 12, 2), "ga-plenary", "t", "no-first-placement", "whole-text", null,
                List.of(), ps, Origin.UNKNOWN);
    }

    @Test
    void aTallyIsComparedWithTheRecordedPositionsAndTheStatesVotingNo() {
        KnowledgeBase kb = new Kb().state("AAA").state("BBB").state("CCC").state("USA").build();
        List<RollCall> votes = List.of(rollCall("A/RES/1", "AAA=yes", "BBB=yes", "CCC=abstain", "USA=no"));
        var same = run(kb, votes, claim("t", "s2", "vote-tally", Map.of("symbol", "A/RES/1", "inFavour", 2, "against", 1, "abstentions", 1, "noStates", List.of("USA"))));
        assertThat(same.verdict()).isEqualTo(SeedClaims.REPRODUCED);
        assertThat(same.evidence()).containsExactly("rc-A/RES/1");
        var other = run(kb, votes, claim("t", "s2", "vote-tally", Map.of("symbol", "A/RES/1", "inFavour", 3, "against", 1, "abstentions", 1, "noStates", List.of("CCC"))));
        assertThat(other.verdict()).isEqualTo(SeedClaims.CONTRADICTED);
        assertThat(other.why()).contains("yes 2 against 3").contains("the states voting no are USA, the claim CCC");
        var missing = run(kb, votes, claim("t", "s2", "vote-tally", Map.of("symbol", "A/RES/2", "inFavour", 1, "against", 0, "abstentions", 0)));
        assertThat(missing.verdict()).isEqualTo(SeedClaims.NOT_TESTABLE);
    }

    @Test
    void aPlaceInTheOrderOfFirstsIsSharedByStatesOfTheSameDay() {
        KnowledgeBase kb = new Kb().state("AAA").state("BBB").state("CCC")
                .event("e1", "1957-10-04", "s1", List.of("AAA"), "orbital-launch")
                .event("e2", "1958-02-01", "s1", List.of("BBB"), "orbital-launch")
                .event("e3", "1958-02-01", "s1", List.of("CCC"), "orbital-launch").build();
        var second = run(kb, List.of(), claim("f", "s2", "first-position", Map.of("capability", "orbital-launch", "state", "CCC", "position", 2)));
        assertThat(second.verdict()).isEqualTo(SeedClaims.REPRODUCED);
        var third = run(kb, List.of(), claim("f", "s2", "first-position", Map.of("capability", "orbital-launch", "state", "CCC", "position", 3)));
        assertThat(third.verdict()).isEqualTo(SeedClaims.CONTRADICTED);
        assertThat(third.why()).contains("2nd").contains("3rd");
    }

    @Test
    void aMembershipOnlyTheClaimsOwnDocumentReportsDoesNotCount() {
        Kb k = new Kb().state("AAA").state("BBB").state("USA").programme("accord", "USA")
                .member("USA", "accord", "2020-10-13", null).member("AAA", "accord", "2020-10-13", null).member("BBB", "accord", "2020-10-13", null);
        KnowledgeBase kb = k.build();
        // every membership of the fixture cites s1: from s1's own point of view none is independent
        var own = run(kb, List.of(), claim("m", "s1", "members-count", Map.of("group", "accord", "asOf", "2020-10-31", "excluding", List.of("USA"), "expected", 2)));
        assertThat(own.verdict()).isEqualTo(SeedClaims.CONTRADICTED);
        assertThat(own.figure()).contains("0 states");
        var other = run(kb, List.of(), claim("m", "s2", "members-count", Map.of("group", "accord", "asOf", "2020-10-31", "excluding", List.of("USA"), "expected", 2)));
        assertThat(other.verdict()).isEqualTo(SeedClaims.REPRODUCED);
        assertThat(other.evidence()).hasSize(2).allMatch(id -> id.startsWith("membership:accord:"));
    }

    @Test
    void aClaimNamingNothingInTheDataIsReportedNotThrown() {
        KnowledgeBase kb = new Kb().state("AAA").build();
        var f = run(kb, List.of(), claim("x", "s2", "members-count", Map.of("group", "nowhere", "asOf", "2020-01-01", "expected", 1)));
        assertThat(f.verdict()).isEqualTo(SeedClaims.NOT_TESTABLE);
        assertThat(f.why()).contains("nowhere");
        var noParam = run(kb, List.of(), claim("y", "s2", "budget", Map.of("state", "AAA")));
        assertThat(noParam.why()).contains("needs 'currency'");
    }
}
