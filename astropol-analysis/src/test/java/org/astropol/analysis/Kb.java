package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.Origin;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Source;
import org.astropol.model.Stage;
import org.astropol.model.Statement;
import org.astropol.model.Status;
import org.astropol.model.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small hand-built knowledge base for golden tests: add entities and records, then {@link #build()}. */
final class Kb {
    final List<Entity> entities = new ArrayList<>();
    final List<Relationship> rels = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    int line = 1;

    static List<Citation> cite(String source) { return List.of(new Citation(source, Citation.LocatorKind.PAGE, "1")); }
    static PartialDate d(String s) { return s == null ? null : PartialDate.parse(s); }
    Origin origin() { return new Origin("data/test.yaml", line++); }

    Kb entity(String id, EntityType type, String kind, String country, String from, String until, Map<String, String> attrs) {
        entities.add(new Entity(id, type, kind, id + " name", List.of(new Name(id + " name", "en", Name.NameKind.PRIMARY)), country,
                new Interval(d(from), d(until)), attrs, List.of(), List.of(), cite("s1"), origin()));
        return this;
    }
    Kb state(String id) { return entity(id, EntityType.STATE, "state", null, null, null, Map.of()); }
    Kb state(String id, String region) { return entity(id, EntityType.STATE, "state", null, null, null, Map.of("region", region)); }
    Kb org(String id, String kind, String country) { return entity(id, EntityType.ORGANISATION, kind, country, null, null, Map.of()); }
    Kb programme(String id, String country) { return entity(id, EntityType.PROGRAMME, "programme", country, null, null, Map.of()); }
    Kb instrument(String id) { return entity(id, EntityType.INSTRUMENT, "treaty", null, null, null, Map.of()); }

    Kb event(String id, String date, String source, List<String> participants, String... capabilities) {
        entities.add(new Entity(id, EntityType.EVENT, "first", id, List.of(new Name(id, "en", Name.NameKind.PRIMARY)), null,
                Interval.since(d(date)), Map.of(), participants, List.of(capabilities), cite(source), origin()));
        return this;
    }

    /** An event whose first is disputed (status and note as curated data give them). */
    Kb disputedEvent(String id, String date, String note, List<String> participants, String... capabilities) {
        entities.add(new Entity(id, EntityType.EVENT, "first", id, List.of(new Name(id, "en", Name.NameKind.PRIMARY)), null,
                Interval.since(d(date)), Map.of("status", "disputed", "note", note), participants, List.of(capabilities), cite("s1"), origin()));
        return this;
    }

    Kb member(String m, String g, String since, String until) {
        rels.add(new Relationship.Membership("membership:" + g + ":" + m + ":" + since, m, g, "member", null, Stage.DEFAULT, Status.ASSERTED, new Interval(d(since), d(until)), cite("s1"), origin()));
        return this;
    }
    Kb party(String p, String instrument, String action, String date) {
        rels.add(new Relationship.PartyAction("party:" + instrument + ":" + p + ":" + action, p, instrument, action, d(date), cite("s1"), origin()));
        return this;
    }
    Kb partnership(String id, String since, String... parties) {
        rels.add(new Relationship.Partnership(id, List.of(parties), "agreement", id, null, Interval.since(d(since)), cite("s1"), origin()));
        return this;
    }
    Kb quantity(String id, String subject, String property, double amount, String unit, Integer year, String from, String until) {
        statements.add(new Statement(id, subject, property, new Value.Quantity(BigDecimal.valueOf(amount), null, unit, year),
                new Interval(d(from), d(until)), Status.ASSERTED, null, cite("s1"), origin()));
        return this;
    }
    Kb predecessor(String id, String subject, String predecessor) {
        statements.add(new Statement(id, subject, "predecessor", new Value.EntityRef(predecessor), Interval.ALWAYS, Status.ASSERTED, null, cite("s1"), origin()));
        return this;
    }

    Kb leader(String id, String subject, String leader) {
        statements.add(new Statement(id, subject, "leader", new Value.EntityRef(leader), Interval.ALWAYS, Status.ASSERTED, null, cite("s1"), origin()));
        return this;
    }

    KnowledgeBase build() {
        List<Source> sources = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (String s : List.of("s1", "s2", "s3")) if (seen.put(s, true) == null) sources.add(new Source(s, "paper", "Source " + s, List.of(), "p", null, null, null, null, null, Origin.UNKNOWN));
        return new KnowledgeBase(sources, entities, statements, rels, List.of());
    }
}
