package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DensityCompareAlignmentTest {
    static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    /** Programme led by LLL with partners PPA, PPB; LLL and PPA share a UN body; all three are parties to a treaty; LLL-PPB a partnership. */
    static KnowledgeBase kb() {
        return new Kb().state("LLL", "Asia").state("PPA", "Africa").state("PPB", "Africa").state("QQQ", "Europe")
                .programme("prog", "LLL").programme("other", null).org("un-x", "un-body", null).instrument("treaty")
                .member("LLL", "prog", "2021", null).member("PPA", "prog", "2022-03-01", null).member("PPB", "prog", "2023", null)
                .member("QQQ", "other", "2020", null).member("PPA", "other", "2020", null)
                .member("LLL", "un-x", "1960", null).member("PPA", "un-x", "1970", null)
                .party("LLL", "treaty", "ratification", "1980").party("PPA", "treaty", "accession", "1990").party("PPB", "treaty", "signature", "1999").party("PPB", "treaty", "ratification", "2000")
                .partnership("lb", "2019", "LLL", "PPB").partnership("lb2", "2020", "LLL", "PPB").partnership("lb3", "2021", "LLL", "PPB").partnership("lb4", "2022", "LLL", "PPB")
                .build();
    }

    @Test
    void densityCountsChannelsPerPartnerByCategory() {
        var r = InstitutionalDensity.of(kb(), "prog", DAY, null);
        assertThat(r.leader()).isEqualTo("LLL");
        assertThat(r.leaderBasis()).isEqualTo("country");
        assertThat(r.partners()).isEqualTo(2);
        var ppa = r.partnerList().stream().filter(p -> p.id().equals("PPA")).findFirst().orElseThrow();
        assertThat(ppa.byCategory()).containsEntry("un-body", 1).containsEntry("treaty", 1).containsEntry("bilateral", 0);
        var ppb = r.partnerList().stream().filter(p -> p.id().equals("PPB")).findFirst().orElseThrow();
        assertThat(ppb.byCategory()).containsEntry("treaty", 1).containsEntry("bilateral", 4);
        assertThat(r.uncapped()).isEqualTo((2 + 5) / 2.0);
        assertThat(r.score()).isEqualTo((2 + 1 + 3) / 2.0);   // bilateral capped at 3
        assertThat(r.unReach()).isEqualTo(0.5);
        assertThat(ppa.via()).allSatisfy(c -> assertThat(c.records()).isNotEmpty());
    }

    @Test
    void leaderStatementsNameTheLeadersCoLeadersIncludedAndNothingIsGuessed() {
        // programme without a country: two cited leaders, one given as its agency (whose country counts)
        var kb = new Kb().state("LLL", "Asia").state("PPA", "Africa").state("PPB", "Africa").org("agency-p", "agency", "PPA").org("un-x", "un-body", null)
                .programme("co", null).programme("orphan", null)
                .member("LLL", "co", "2021", null).member("PPA", "co", "2021", null).member("PPB", "co", "2022", null)
                .member("LLL", "orphan", "2021", null).member("PPB", "orphan", "2021", null)
                .member("PPA", "un-x", "1970", null).member("PPB", "un-x", "1970", null)
                .leader("st-l1", "co", "LLL").leader("st-l2", "co", "agency-p").build();
        var r = InstitutionalDensity.of(kb, "co", DAY, null);
        assertThat(r.leader()).isEqualTo("LLL+PPA");
        assertThat(r.leaderBasis()).isEqualTo("leader st-l1 st-l2");
        assertThat(r.partnerList()).extracting(InstitutionalDensity.Partner::id).containsExactly("PPB");
        // PPB reaches the co-leader PPA through the UN body
        assertThat(r.partnerList().get(0).byCategory()).containsEntry("un-body", 1);
        assertThat(Explain.density(kb, r, DAY).get(0).records()).extracting(Ties.Trace::id).containsExactly("st-l1", "st-l2");
        // a given leader overrides; no leader in the data is an error, not a guess
        assertThat(InstitutionalDensity.of(kb, "co", DAY, "LLL").leader()).isEqualTo("LLL");
        assertThatThrownBy(() -> InstitutionalDensity.of(kb, "orphan", DAY, null)).hasMessageContaining("cannot tell the leader of 'orphan'").hasMessageContaining("orphan:STATE");
    }

    @Test
    void densityBeforeAPartnerJoinsDoesNotCountIt() {
        var r = InstitutionalDensity.of(kb(), "prog", LocalDate.of(2022, 12, 31), null);
        assertThat(r.partnerList()).extracting(InstitutionalDensity.Partner::id).containsExactly("PPA");
        assertThat(InstitutionalDensity.of(kb(), "prog", LocalDate.of(2021, 6, 1), null).score()).isZero();
        assertThatThrownBy(() -> InstitutionalDensity.of(kb(), "nope", DAY, null)).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void compareGivesMembersOverTimeAndRegions() {
        var r = Comparison.of(kb(), "prog", "LLL", DAY);
        assertThat(r.a().membersOverTime()).containsEntry("2021-01-01", 1).containsEntry("2022-01-01", 1).containsEntry("2023-01-01", 3).containsEntry("2024-01-01", 3);
        assertThat(r.a().regions()).containsEntry("Asia", 1).containsEntry("Africa", 2);
        assertThat(r.a().density()).isEqualTo(3.0);
        assertThat(r.b().type()).isEqualTo("state");
        assertThat(r.b().region()).isEqualTo("Asia");
        assertThat(r.b().groups()).isEqualTo(3);
    }

    static VoteRecords votes() {
        List<VoteRecords.Vote> v = new ArrayList<>();
        LocalDate d1 = LocalDate.of(2010, 12, 1), d2 = LocalDate.of(2015, 12, 1);
        String[][] rows = {
                {"rc1", "s", "AAA", "yes"}, {"rc1", "s", "BBB", "yes"}, {"rc1", "s", "CCC", "no"},
                {"rc2", "s", "AAA", "yes"}, {"rc2", "s", "BBB", "abstain"}, {"rc2", "s", "CCC", "no"},
                {"rc3", "s", "AAA", "yes"}, {"rc3", "s", "BBB", "yes"}, {"rc3", "s", "CCC", "yes"},   // unanimous: dropped
                {"rc4", "s", "AAA", "no"}, {"rc4", "s", "BBB", "no"}, {"rc4", "s", "DDD", "yes"}, {"rc4", "s", "CCC", "absent"},
                {"rc5", "other", "AAA", "yes"}, {"rc5", "other", "BBB", "no"}};
        for (String[] r : rows) v.add(new VoteRecords.Vote(r[0], r[0].equals("rc4") ? d2 : d1, r[1], r[2], r[3]));
        return VoteRecords.of(v);
    }

    @Test
    void voetenAgreementOnHandMadeVotes() {
        var ab = Alignment.pair(votes(), "AAA", "BBB", "s", null);
        assertThat(ab.votes()).isEqualTo(3);
        assertThat(ab.score()).isCloseTo((1 + 0.5 + 1) / 3, within(1e-6));
        var ac = Alignment.pair(votes(), "AAA", "CCC", "s", null);
        assertThat(ac.votes()).isEqualTo(2);
        assertThat(ac.score()).isEqualTo(0.0);
        assertThat(Alignment.pair(votes(), "AAA", "BBB", null, null).votes()).isEqualTo(4);   // all topics
        assertThat(Alignment.pair(votes(), "AAA", "BBB", "s", LocalDate.of(2012, 1, 1)).votes()).isEqualTo(2);
        assertThat(Alignment.pair(votes(), "AAA", "ZZZ", "s", null).score()).isNull();
    }

    @Test
    void agreementOverTimeIsPerYear() {
        var t = Alignment.overTime(votes(), "AAA", "BBB", "s", null);
        assertThat(t).extracting(Alignment.YearScore::year).containsExactly(2010, 2015);
        assertThat(t.get(0).votes()).isEqualTo(2);
        assertThat(t.get(0).score()).isEqualTo(0.75);
        assertThat(t.get(1).score()).isEqualTo(1.0);
    }

    @Test
    void idealPointsPlaceTheMiddleVoterBetweenTheOthers() {
        var m = Alignment.matrix(votes(), List.of("AAA", "BBB", "CCC"), "s", null);
        assertThat(m.pairs()).hasSize(3);
        double a = m.idealPoints().get("AAA"), b = m.idealPoints().get("BBB"), c = m.idealPoints().get("CCC");
        assertThat(a).isGreaterThan(0);   // sign anchored on the first state when USA is absent
        assertThat(b).isBetween(Math.min(a, c), Math.max(a, c));
        assertThat(Math.abs(a - c)).isGreaterThan(Math.abs(a - b));
        for (var p : m.pairs()) if (p.score() != null) assertThat(p.score()).isBetween(0.0, 1.0);
    }
}
