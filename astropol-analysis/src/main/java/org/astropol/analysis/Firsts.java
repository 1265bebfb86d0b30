package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The states in the order they first achieved a capability, from events whose {@code capabilities} list holds it.
 * A state counts once, at its earliest such event; ties are ordered by date then id. Events dated after the
 * "as of" day are dropped. When several events record the same first for a state (e.g. a GCAT-derived event and a
 * curator-written one) the earliest wins, and the sources of every event of that state on an overlapping date are
 * listed together.
 */
public final class Firsts {
    private Firsts() {}

    /** Capabilities the data format documents; others are accepted when some event carries them. */
    public static final List<String> KNOWN = List.of("orbital-launch", "satellite", "human-spaceflight", "space-station",
            "lunar-orbit", "lunar-landing", "lunar-far-side-landing", "lunar-sample-return", "mars-orbit", "mars-landing", "asat-test");

    public record Achiever(String id, String name, String date, String event, List<String> events, List<SourceRef> sources) {}

    public record Result(String capability, String asOf, List<Achiever> states) {}

    public static Result of(KnowledgeBase kb, String capability, LocalDate asOf) { return compute(kb, capability, asOf, true); }

    private static Result compute(KnowledgeBase kb, String capability, LocalDate asOf, boolean strict) {
        Map<String, List<Entity>> byState = new HashMap<>();
        boolean seen = false;
        for (Entity e : kb.entities()) {
            if (e.type() != EntityType.EVENT || !e.capabilities().contains(capability)) continue;
            seen = true;
            if (!Validity.reached(e.date(), asOf)) continue;
            for (String p : new LinkedHashSet<>(e.participants())) {
                if (kb.entity(p).map(x -> x.type() == EntityType.STATE).orElse(false)) byState.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            }
        }
        if (strict && !seen && !KNOWN.contains(capability)) {
            Set<String> all = new TreeSet<>(KNOWN);
            kb.entities().forEach(e -> all.addAll(e.capabilities()));
            throw new IllegalArgumentException("unknown capability '" + capability + "' (known: " + String.join(", ", all) + ")");
        }
        Comparator<Entity> order = Comparator.comparing(Entity::date).thenComparing(Entity::id);
        List<Achiever> out = new ArrayList<>();
        for (var en : byState.entrySet()) {
            List<Entity> evs = new ArrayList<>(en.getValue());
            evs.sort(order);
            Entity first = evs.get(0);
            List<String> same = new ArrayList<>();
            List<SourceRef> sources = new ArrayList<>();
            for (Entity e : evs) {
                if (overlaps(e.date(), first.date())) {
                    same.add(e.id());
                    for (SourceRef s : SourceRef.of(kb, e.citations())) if (!sources.contains(s)) sources.add(s);
                }
            }
            out.add(new Achiever(en.getKey(), kb.nameOf(en.getKey()), first.date().toString(), first.id(), same, sources));
        }
        out.sort(Comparator.comparing((Achiever a) -> PartialDate.parse(a.date())).thenComparing(Achiever::id));
        return new Result(capability, asOf.toString(), out);
    }

    /** The first day a state achieved the capability (null if not by the day); used by the other analyses. */
    public static Map<String, Achiever> byState(KnowledgeBase kb, String capability, LocalDate asOf) {
        Map<String, Achiever> m = new HashMap<>();
        for (Achiever a : compute(kb, capability, asOf, false).states()) m.put(a.id(), a);
        return m;
    }

    private static boolean overlaps(PartialDate a, PartialDate b) {
        return !a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest());
    }
}
