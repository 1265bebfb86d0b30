package org.astropol.curation;

import org.astropol.model.KnowledgeBase;
import org.astropol.model.Relationship;
import org.astropol.model.Status;
import org.astropol.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckTest {
    @TempDir Path tmp;

    @Test
    void theFixtureIsValidAndReadIntoAKnowledgeBase() throws Exception {
        var r = CuratedDataReader.read(Fixture.copyTo(tmp));
        assertThat(r.problems()).isEmpty();
        KnowledgeBase kb = r.knowledgeBase();
        assertThat(kb.entity("CHN")).isPresent();
        assertThat(kb.entity("RUS").orElseThrow().allNames()).contains("Российская Федерация", "Russia");
        var budget = kb.statementsAbout("RUS").stream().filter(s -> s.property().equals("space-budget")).findFirst().orElseThrow();
        assertThat(((Value.Quantity) budget.value()).amount()).isEqualByComparingTo(new BigDecimal("1500000000"));
        assertThat(((Value.Quantity) budget.value()).currency()).isEqualTo("USD");
        assertThat(budget.status()).isEqualTo(Status.DISPUTED);
        // an agent signing for a state becomes a membership of its own, pointing at the state
        assertThat(kb.relationships()).filteredOn(x -> x instanceof Relationship.Membership m && "USA".equals(m.agentFor()))
                .singleElement().extracting(x -> ((Relationship.Membership) x).member()).isEqualTo("nasa");
        assertThat(kb.statements()).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    }

    @Test
    void everyKindOfErrorIsReportedWithItsFileAndLineAllAtOnce() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/broken.yaml"), String.join("\n",
                "entities:",
                "  - {id: XQZ, type: state, name: Nowhere, source: test-doc, page: 1}",            // 2: bad ISO code
                "  - {id: CHN, type: state, name: China again, source: test-doc, page: 1}",        // 3: duplicate id
                "  - {id: some-org, type: organisation, name: Some org, country: ATLANTIS-X}",    // 4: unknown id + missing source
                "  - {id: other-org, type: organisation, name: Other, source: no-such-source}",   // 5: unknown source
                "statements:",
                "  - {subject: CHN, property: space-budget, value: 8, unit: gallons, source: test-doc, page: 1}",  // 7: unknown unit
                "  - {subject: CHN, property: space-budget, value: 8, unit: XYZ, source: test-doc, page: 1}",      // 8: unknown currency
                "  - {subject: CHN, property: founded, value: 1993-13-01, source: test-doc, page: 1}",             // 9: malformed date
                "memberships:",
                "  - {group: artemis-accords, member: CHN, since: 2022-05-01, until: 2021-01-01, source: test-doc, page: 1}", // 11: until before since
                ""));
        var r = CuratedDataReader.read(data);
        assertThat(r.ok()).isFalse();
        assertThat(r.knowledgeBase()).isNull();
        List<String> lines = r.problems().stream().map(Problem::toString).toList();
        String f = "data/topics/broken.yaml:";
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "2:").contains("bad ISO code 'XQZ'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "3:").contains("duplicate id 'CHN'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "4:").contains("unknown id 'ATLANTIS-X'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "4:").contains("missing source"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "5:").contains("unknown source 'no-such-source'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "7:").contains("unknown unit 'gallons'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "8:").contains("unknown currency 'XYZ'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "9:").contains("malformed date '1993-13-01'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "11:").contains("is before 'since'"));
    }

    @Test
    void yamlSyntaxErrorsAndUnknownFieldsAreLocated() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/syntax.yaml"), "entities:\n  - id: x\n    name: [unclosed\n");
        Files.writeString(data.resolve("topics/fields.yaml"), "entities:\n  - id: y\n    type: organisation\n    name: Y\n    colour: red\n    source: test-doc\n");
        var lines = CuratedDataReader.read(data).problems().stream().map(Problem::toString).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/syntax.yaml:").contains("YAML syntax error"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/fields.yaml:5:").contains("unknown field 'colour'"));
    }

    @Test
    void anEventsStatusIsAssertedOrDisputedAndADisputedOneNeedsANote() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/firsts.yaml"), String.join("\n",
                "entities:",
                "  - {id: ok-first, type: event, name: Ok, date: 2013-01-30, participants: [CHN], capabilities: [orbital-launch], status: disputed, note: foreign first stage, source: test-doc, page: 1}",
                "  - {id: no-note, type: event, name: No note, date: 2013-01-30, participants: [CHN], capabilities: [orbital-launch], status: disputed, source: test-doc, page: 1}",
                "  - {id: bad-status, type: event, name: Bad, date: 2013-01-30, participants: [CHN], status: partial, source: test-doc, page: 1}",
                "  - {id: org-status, type: organisation, name: Org, status: disputed, note: x, source: test-doc, page: 1}", ""));
        var r = CuratedDataReader.read(data);
        var lines = r.problems().stream().map(Problem::toString).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/firsts.yaml:3:").contains("disputed event needs a note"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/firsts.yaml:4:").contains("unknown event status 'partial'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/firsts.yaml:5:").contains("status is for events"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("data/topics/firsts.yaml:2:"));
    }

    @Test
    void quotesAreVerifiedAgainstTheDocumentWithWhitespaceFolded() throws Exception {
        Path data = Fixture.copyTo(tmp);
        var ok = QuoteCheck.run(CuratedDataReader.read(data).knowledgeBase(), List.of(tmp));
        assertThat(ok.checked()).isEqualTo(2);
        assertThat(ok.problems()).isEmpty();
        Files.writeString(data.resolve("topics/misquote.yaml"),
                "statements:\n  - {subject: CHN, property: description, value: x, source: test-doc, quote: \"the budget was   large\"}\n");
        var bad = QuoteCheck.run(CuratedDataReader.read(data).knowledgeBase(), List.of(tmp));
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("data/topics/misquote.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("the budget was large");
        });
    }

    @Test
    void crossRecordRulesCatchMembershipBeforeExistenceAndRatificationBeforeSignature() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/time.yaml"), String.join("\n",
                "entities:",
                "  - {id: A/RES/1962(XVIII), type: instrument, kind: un-resolution, name: Old-style symbol, source: test-doc, page: 1}",
                "  - {id: a-treaty, type: instrument, kind: treaty, name: A treaty, source: test-doc, page: 1}",
                "memberships:",
                "  - {group: artemis-accords, member: SUN, since: 2021-01-01, source: test-doc, page: 1}",
                "  - {group: artemis-accords, member: nasa, since: 1950, source: test-doc, page: 1}",
                "parties:",
                "  - {instrument: a-treaty, party: CHN, action: signature, date: 1990-05-01, source: test-doc, page: 1}",
                "  - {instrument: a-treaty, party: CHN, action: ratification, date: 1989, source: test-doc, page: 1}",
                ""));
        var lines = CuratedDataReader.read(data).problems().stream().map(Problem::toString).toList();
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("A/RES/1962(XVIII)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/time.yaml:5:").contains("after its member 'SUN' ended"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/time.yaml:6:").contains("before its member 'nasa' existed"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data/topics/time.yaml:9:").contains("ratification 1989 by CHN is before its signature 1990-05-01"));
        assertThat(lines).hasSize(3);
    }

    @Test
    void thePublisherTableDecidesEverySourcesKindAndStagesAreChecked() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("sources/publishers.yaml"), String.join("\n",
                "publishers:",
                "  - {domain: nasa.gov, kind: official-statement, reason: agency releases}",
                "  - {publisher: astropol tests, kind: scholarly, reason: test paper}",
                "  - {domain: wikimili.com, kind: aggregator, reason: Wikipedia mirror}",
                ""));
        String fixture = Files.readString(data.resolve("sources/fixture.yaml"));
        Files.writeString(data.resolve("sources/fixture.yaml"), fixture.replace("    kind: scholarly\n", ""));
        var ok = CuratedDataReader.read(data);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.knowledgeBase().source("test-doc").orElseThrow().kind()).as("derived from the publisher row").isEqualTo("scholarly");
        Files.writeString(data.resolve("topics/relabelled.yaml"), String.join("\n",
                "sources:",
                "  - {id: mirror, kind: news, title: A mirror, url: https://wikimili.com/en/X}",       // 2: relabelled
                "  - {id: nowhere, title: Unknown site, url: https://example.org/x}",                  // 3: no row
                "  - {id: legacy, kind: web-page, title: Old kind, url: https://www.nasa.gov/x}",      // 4: old kind
                "memberships:",
                "  - {group: artemis-accords, member: CHN, stage: joined, source: test-doc, page: 1}", // 6: unknown stage
                ""));
        var r = CuratedDataReader.read(data);
        List<String> lines = r.problems().stream().map(Problem::toString).toList();
        String f = "data/topics/relabelled.yaml:";
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "2:").contains("kind 'news' disagrees with the publisher table").contains("aggregator"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "3:").contains("no row of the publisher table covers it"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "4:").contains("unknown kind 'web-page'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(f + "6:").contains("unknown stage 'joined'").contains("announced, signed, ratified, in-force, withdrawn"));
    }

    @Test
    void aMembershipCarriesItsStage() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/stage.yaml"), String.join("\n",
                "memberships:",
                "  - {group: artemis-accords, member: CHN, stage: announced, since: 2025-10, status: disputed, note: two reports differ, source: test-doc, page: 1}",
                ""));
        var r = CuratedDataReader.read(data);
        assertThat(r.problems()).isEmpty();
        var chn = (Relationship.Membership) r.knowledgeBase().relationships().stream()
                .filter(x -> x instanceof Relationship.Membership m && m.member().equals("CHN")).findFirst().orElseThrow();
        assertThat(chn.stage()).isEqualTo(org.astropol.model.Stage.ANNOUNCED);
        assertThat(chn.status()).isEqualTo(Status.DISPUTED);
        assertThat(chn.id()).as("a named stage other than signed is a record of its own").endsWith(":2025-10:announced");
        Files.writeString(data.resolve("topics/stage.yaml"), String.join("\n",
                "memberships:",
                "  - {group: artemis-accords, member: CHN, status: disputed, source: test-doc, page: 1}",
                ""));
        assertThat(CuratedDataReader.read(data).problems()).extracting(Problem::toString)
                .anySatisfy(l -> assertThat(l).startsWith("data/topics/stage.yaml:2:").contains("a disputed membership needs a note"));
    }
}
