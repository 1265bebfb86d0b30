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
 *
 * <p>What earns a state a capability is decided when the event is curated, not here: an event carries a capability
 * only for participants that meet the capability's rule ({@link #RULES}), e.g. {@code orbital-launch} only for the
 * state whose organisations developed the launcher, never for the state of the launch site or of a launch agency
 * that is a foreign company's subsidiary. An event marked {@code status: disputed} (with a {@code note}) still
 * counts, flagged; the state's earliest undisputed event for the capability is then given too.
 */
public final class Firsts {
    private Firsts() {}

    /** Capabilities the data format documents; others are accepted when some event carries them. */
    public static final List<String> KNOWN = List.of("orbital-launch", "satellite", "human-spaceflight", "space-station",
            "lunar-orbit", "lunar-landing", "lunar-far-side-landing", "lunar-sample-return", "mars-orbit", "mars-landing", "asat-test");

    /** The rule an event must meet to carry each documented capability for a participant (docs/analytics.md, "Firsts"). */
    public static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("orbital-launch", "first successful orbital launch on the state's own launcher: a vehicle developed by the state or its organisations "
                    + "(not the launch-site state, not a state whose launch agency is a foreign company's subsidiary: that launch counts for the parent's state); "
                    + "a launcher only partly the state's own is disputed, with a note"),
            Map.entry("satellite", "first satellite of the state (built or owned by it or its organisations) in orbit, on any launcher"),
            Map.entry("human-spaceflight", "first crewed orbital flight on the state's own spacecraft and launcher (a guest astronaut on another state's flight does not count)"),
            Map.entry("eva", "first extravehicular activity by a crew member of the state from its own spacecraft"),
            Map.entry("space-station", "first crewed space station of the state in orbit"),
            Map.entry("lunar-impact", "first spacecraft of the state to reach the Moon's surface (impact)"),
            Map.entry("lunar-orbit", "first spacecraft of the state in orbit around the Moon"),
            Map.entry("lunar-landing", "first spacecraft of the state to land on the Moon intact"),
            Map.entry("lunar-far-side-landing", "first spacecraft of the state to land on the far side of the Moon"),
            Map.entry("lunar-sample-return", "first return of lunar samples to Earth by a spacecraft of the state"),
            Map.entry("lunar-far-side-sample-return", "first return of samples from the Moon's far side by a spacecraft of the state"),
            Map.entry("crewed-lunar-landing", "first crew of the state landed on the Moon"),
            Map.entry("asteroid-sample-return", "first return of asteroid samples to Earth by a spacecraft of the state"),
            Map.entry("mars-orbit", "first spacecraft of the state in orbit around Mars"),
            Map.entry("mars-landing", "first spacecraft of the state to land on Mars intact"),
            Map.entry("asat-test", "first anti-satellite test by the state that destroyed a satellite in orbit"));

    /**
     * @param status   {@code asserted} or {@code disputed} (from the first event's {@code status})
     * @param note     why the first is disputed (the event's note), else null
     * @param undisputed when the first is disputed: the state's earliest undisputed event for the capability, if any by the day
     */
    public record Achiever(String id, String name, String date, String event, List<String> events, List<SourceRef> sources,
                           String status, String note, Dated undisputed) {}

    public record Dated(String date, String event) {}

    /** @param rule the capability's rule from {@link #RULES}, or null for an undocumented capability */
    public record Result(String capability, String rule, String asOf, List<Achiever> states) {}

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
            boolean disputed = isDisputed(first);
            Dated undisputed = !disputed ? null : evs.stream().filter(e -> !isDisputed(e)).findFirst()
                    .map(e -> new Dated(e.date().toString(), e.id())).orElse(null);
            out.add(new Achiever(en.getKey(), kb.nameOf(en.getKey()), first.date().toString(), first.id(), same, sources,
                    disputed ? "disputed" : "asserted", first.attribute("note").filter(n -> disputed).orElse(null), undisputed));
        }
        out.sort(Comparator.comparing((Achiever a) -> PartialDate.parse(a.date())).thenComparing(Achiever::id));
        return new Result(capability, RULES.get(capability), asOf.toString(), out);
    }

    /** The first day a state achieved the capability (null if not by the day); used by the other analyses. */
    public static Map<String, Achiever> byState(KnowledgeBase kb, String capability, LocalDate asOf) {
        Map<String, Achiever> m = new HashMap<>();
        for (Achiever a : compute(kb, capability, asOf, false).states()) m.put(a.id(), a);
        return m;
    }

    private static boolean isDisputed(Entity e) { return "disputed".equals(e.attribute("status").orElse(null)); }

    private static boolean overlaps(PartialDate a, PartialDate b) {
        return !a.earliest().isAfter(b.latest()) && !b.earliest().isAfter(a.latest());
    }
}
