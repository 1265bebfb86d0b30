package org.astropol.curation;

import org.astropol.model.Entity;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that span records, checked once every reference resolves: nobody joins before it exists or after it
 * ended, and nobody ratifies an instrument before signing it. Dates are compared at their precision, so
 * "founded 2015" and "joined 2015-03" do not conflict.
 */
final class ConsistencyRules {
    private ConsistencyRules() {}

    static void check(Map<String, Entity> entities, List<Relationship> relationships, Problems problems) {
        Map<String, PartialDate> signature = new HashMap<>();
        for (Relationship r : relationships) {
            if (r instanceof Relationship.PartyAction p && p.action().equals("signature")) {
                signature.merge(p.party() + "|" + p.instrument(), p.date(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        for (Relationship r : relationships) {
            switch (r) {
                case Relationship.Membership m -> {
                    existedAt(entities.get(m.member()), m.valid().from(), "member", r, problems);
                    existedAt(entities.get(m.group()), m.valid().from(), "group", r, problems);
                }
                case Relationship.PartyAction p -> {
                    existedAt(entities.get(p.party()), p.date(), "party", r, problems);
                    PartialDate signed = signature.get(p.party() + "|" + p.instrument());
                    if (p.action().equals("ratification") && signed != null && p.date().latest().isBefore(signed.earliest())) {
                        problems.add(r.origin().file(), r.origin().line(), "ratification " + p.date() + " by " + p.party()
                                + " is before its signature " + signed + " of " + p.instrument());
                    }
                }
                case Relationship.Partnership p -> {
                    for (String party : p.parties()) existedAt(entities.get(party), p.valid().from(), "party", r, problems);
                }
                case Relationship.Affiliation a -> existedAt(entities.get(a.organisation()), a.valid().from(), "organisation", r, problems);
                case Relationship.ParentLink l -> existedAt(entities.get(l.child()), l.valid().from(), "child", r, problems);
            }
        }
    }

    private static void existedAt(Entity e, PartialDate when, String role, Relationship r, Problems problems) {
        if (e == null || when == null || e.type().key().equals("event") || e.type().key().equals("instrument")) return;
        PartialDate born = e.existence().from(), ended = e.existence().until();
        if (born != null && when.latest().isBefore(born.earliest())) {
            problems.add(r.origin().file(), r.origin().line(), r.kind() + " dated " + when + " is before its " + role + " '" + e.id()
                    + "' existed (from " + born + ")");
        }
        if (ended != null && when.earliest().isAfter(ended.latest())) {
            problems.add(r.origin().file(), r.origin().line(), r.kind() + " dated " + when + " is after its " + role + " '" + e.id()
                    + "' ended (until " + ended + ")");
        }
    }
}
