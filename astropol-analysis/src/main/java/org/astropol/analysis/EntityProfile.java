package org.astropol.analysis;

import java.util.Locale;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the knowledge base says about one entity: its names and every statement about it, each with its
 * sources. Relationships are shown from this entity's side as statements too (member-of, has-member, party-to ...).
 */
public final class EntityProfile {
    private EntityProfile() {}

    public record NameView(String name, String lang, String kind) {}

    public record StatementView(String id, String property, Object value, BigDecimal valueMax, String unit, String currency,
                                Integer year, String role, String from, String until, String status, String note,
                                List<SourceRef> sources, String origin) {}

    public record Profile(String id, String type, String kind, String name, List<NameView> names, String country,
                          String from, String until, java.util.Map<String, String> attributes, List<String> participants,
                          List<String> capabilities, List<SourceRef> sources, List<StatementView> statements) {}

    public static Profile of(KnowledgeBase kb, String id) {
        Entity e = kb.findEntity(id).orElseThrow(() -> new UnknownIdException(id));
        List<StatementView> out = new ArrayList<>();
        for (Statement s : kb.statementsAbout(e.id())) out.add(view(kb, s));
        for (Relationship r : kb.relationshipsOf(e.id())) out.add(view(kb, e.id(), r));
        out.sort(Comparator.comparing(StatementView::property)
                .thenComparing(v -> v.from() == null ? "" : v.from())
                .thenComparing(v -> String.valueOf(v.value()))
                .thenComparing(StatementView::id));
        return new Profile(e.id(), e.type().key(), e.kind(), e.name(),
                e.names().stream().map(n -> new NameView(n.text(), n.lang(), n.kind().name().toLowerCase(Locale.ROOT))).toList(),
                e.country(), str(e.existence().from()), str(e.existence().until()), e.attributes(), e.participants(),
                e.capabilities(), SourceRef.of(kb, e.citations()), out);
    }

    public static StatementView view(KnowledgeBase kb, Statement s) {
        Object value;
        BigDecimal max = null;
        String unit = null, currency = null;
        Integer year = null;
        switch (s.value()) {
            case Value.Quantity q -> { value = q.amount(); max = q.max(); unit = q.unit(); currency = q.currency(); year = q.year(); }
            case Value.DateValue d -> value = d.date().toString();
            case Value.EntityRef r -> value = r.id();
            case Value.Bool b -> value = b.value();
            case Value.Text t -> value = t.text();
        }
        return new StatementView(s.id(), s.property(), value, max, unit, currency, year, null, str(s.valid().from()),
                str(s.valid().until()), s.status().key(), s.note(), SourceRef.of(kb, s.citations()), s.origin().toString());
    }

    /** A relationship seen from one of its participants, phrased as a statement about that participant. */
    static StatementView view(KnowledgeBase kb, String self, Relationship r) {
        String property, other, role = null;
        switch (r) {
            case Relationship.Membership m -> {
                if (m.member().equals(self)) { property = "member-of"; other = m.group(); }
                else if (m.group().equals(self)) { property = "has-member"; other = m.member(); }
                else { property = "signed-for-by"; other = m.member(); }
                role = m.role();
            }
            case Relationship.PartyAction p -> {
                if (p.party().equals(self)) { property = "party-to"; other = p.instrument(); } else { property = "has-party"; other = p.party(); }
                role = p.action();
            }
            case Relationship.Partnership p -> {
                property = "partner-of";
                other = String.join(", ", p.parties().stream().filter(x -> !x.equals(self)).toList());
                role = p.partnershipKind() + (p.label() != null ? ": " + p.label() : "");
            }
            case Relationship.Affiliation a -> {
                if (a.person().equals(self)) { property = "affiliated-with"; other = a.organisation(); } else { property = "has-affiliate"; other = a.person(); }
                role = a.role();
            }
            case Relationship.ParentLink l -> {
                if (l.child().equals(self)) { property = "parent-organisation"; other = l.parent(); } else { property = "child-organisation"; other = l.child(); }
                role = l.relation();
            }
        }
        return new StatementView(r.id(), property, other, null, null, null, null, role, str(r.valid().from()),
                str(r.valid().until()), "asserted", null, SourceRef.of(kb, r.citations()), r.origin().toString());
    }

    static String str(PartialDate d) { return d == null ? null : d.toString(); }

    /** Names in a stable order, for display. */
    static List<String> names(Entity e) { return e.names().stream().map(Name::text).toList(); }
}
