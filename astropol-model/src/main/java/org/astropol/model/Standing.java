package org.astropol.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who stands at which stage in a group on a day, by the {@link Validity} rule: membership records by their own stage,
 * instrument parties by their latest counted action. The default count, shared by {@code members}, the network,
 * density, tiers, compare and the map: for a binding treaty (instrument kind {@code treaty}) the states for which it
 * is in force; for every other group (coalitions, accords, programmes, organisations) those that signed or joined,
 * never those that only announced.
 */
public final class Standing {
    private Standing() {}

    /** Order of actions taken on the same day: a signature before the consent that follows it. */
    private static final List<String> ACTION_ORDER = List.of("signature", "ratification", "acceptance", "approval", "accession",
            "succession", "withdrawal", "denunciation");

    /**
     * A party's standing on an instrument on a day.
     *
     * @param actions its counted actions up to the day, in date order (the last one decides the stage)
     */
    public record PartyStanding(String party, String instrument, Stage stage, List<Relationship.PartyAction> actions) {
        public Relationship.PartyAction latest() { return actions.get(actions.size() - 1); }
        public PartialDate since() { return actions.get(0).date(); }
    }

    /** The stage a membership record names (its default when none). */
    public static Stage of(Relationship.Membership m) { return m.stage(); }

    /** Each party of the instrument with at least one action counted on the day, in party id order. */
    public static Map<String, PartyStanding> parties(KnowledgeBase kb, String instrument, LocalDate day) {
        Map<String, List<Relationship.PartyAction>> byParty = new TreeMap<>();
        for (Relationship r : kb.relationshipsOf(instrument)) {
            if (r instanceof Relationship.PartyAction p && p.instrument().equals(instrument) && Validity.counts(kb, p, day)) {
                byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p);
            }
        }
        PartialDate inForce = entryIntoForce(kb, instrument);
        Map<String, PartyStanding> out = new TreeMap<>();
        for (var e : byParty.entrySet()) {
            List<Relationship.PartyAction> as = e.getValue();
            as.sort(Comparator.comparing(Relationship.PartyAction::date).thenComparing(p -> ACTION_ORDER.indexOf(p.action())));
            Stage stage = Stage.afterAction(as.get(as.size() - 1).action());
            if (stage == Stage.RATIFIED && (inForce == null || Validity.reached(inForce, day))) stage = Stage.IN_FORCE;
            out.put(e.getKey(), new PartyStanding(e.getKey(), instrument, stage, List.copyOf(as)));
        }
        return out;
    }

    /**
     * When the instrument entered into force: its cited {@code entry-into-force} statement, else (for an instrument) its
     * {@code from}, which the data format defines as the entry into force; null when unknown.
     */
    public static PartialDate entryIntoForce(KnowledgeBase kb, String instrument) {
        for (Statement s : kb.statementsAbout(instrument)) {
            if (s.property().equals("entry-into-force") && s.value() instanceof Value.DateValue d) return d.date();
        }
        return kb.entity(instrument).filter(e -> e.type() == EntityType.INSTRUMENT).map(e -> e.existence().from()).orElse(null);
    }

    /** Whether the group is a binding treaty, whose members are the states it is in force for. */
    public static boolean isTreaty(KnowledgeBase kb, String group) {
        return kb.entity(group).map(e -> e.type() == EntityType.INSTRUMENT && "treaty".equals(e.kind())).orElse(false);
    }

    /** The default count: in force for a treaty's parties; signed (or joined) or later for everything else. */
    public static boolean countsByDefault(KnowledgeBase kb, String group, Stage stage) {
        return isTreaty(kb, group) ? stage == Stage.IN_FORCE : stage.isSignedOrLater();
    }

    /**
     * The default count for a membership record (memberships are not parties: they follow the signed-or-later rule); a
     * superseded record, replaced by another, never counts.
     */
    public static boolean countsByDefault(Relationship.Membership m) {
        return m.stage().isSignedOrLater() && m.status() != Status.SUPERSEDED;
    }
}
