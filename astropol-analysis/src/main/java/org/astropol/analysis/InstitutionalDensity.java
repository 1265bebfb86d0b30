package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Relationship;
import org.astropol.model.Statement;
import org.astropol.model.Validity;
import org.astropol.model.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Institutional density of a programme: the channels that link its leader with each partner on a day. A channel is
 * a group both belong to (a UN body, an intergovernmental organisation or forum, a multilateral treaty or other
 * instrument both are party to) or a bilateral tie (a partnership between them, or an instrument with exactly the two
 * of them as parties). The programme itself is not a channel. Score = mean over partners of the number of distinct
 * channels, each category counted up to {@code cap} (default 3) so that one dyad's long bilateral record does not
 * dominate (0 when no partner; at most 4 × cap). The uncapped mean, the mean per category and the share of partners
 * reached through a UN channel are given too.
 */
public final class InstitutionalDensity {
    private InstitutionalDensity() {}

    public static final List<String> CATEGORIES = List.of("un-body", "igo", "treaty", "bilateral");

    public record Channel(String id, String category, List<Ties.Trace> records) {}

    public record Partner(String id, String name, int channels, Map<String, Integer> byCategory, List<Channel> via) {}

    public record Result(String programme, String name, String asOf, String leader, String leaderBasis, int partners, double score,
                         double uncapped, int cap, Map<String, Double> meanByCategory, double unReach, List<Partner> partnerList) {}

    public static final int DEFAULT_CAP = 3;

    /** The leading state(s) and the basis (the record ids the choice rests on, or the rule). */
    record Leader(List<String> ids, String basis) {}

    /**
     * The leader(s), from the data only: the programme's cited {@code leader} statements (a state, or an organisation's
     * country; several = co-leaders, e.g. the ILRS's China and Russia), else its {@code country}, else its operator's
     * country, else a cited {@code founder}/{@code main-sponsor}; null when none (no guessing: give PROGRAMME:LEADER).
     */
    static Leader leader(KnowledgeBase kb, Entity p, LocalDate asOf) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        List<String> basis = new ArrayList<>();
        for (Statement s : kb.statementsAbout(p.id())) {
            if (!s.property().equals("leader") || !(s.value() instanceof Value.EntityRef r)) continue;
            if (!Validity.holds(s, asOf)) continue;
            String state = stateOf(kb, r.id());
            if (state != null && ids.add(state)) basis.add(s.id());
        }
        if (!ids.isEmpty()) return new Leader(List.copyOf(ids), "leader " + String.join(" ", basis));
        if (p.country() != null) return new Leader(List.of(p.country()), "country");
        String op = p.attribute("operator").orElse(null);
        if (op != null && stateOf(kb, op) != null) return new Leader(List.of(stateOf(kb, op)), "operator's country");
        for (Statement s : kb.statementsAbout(p.id())) {
            if ((s.property().equals("founder") || s.property().equals("main-sponsor")) && s.value() instanceof Value.EntityRef r && stateOf(kb, r.id()) != null) {
                return new Leader(List.of(stateOf(kb, r.id())), s.property() + " " + s.id());
            }
        }
        return null;
    }

    /** A state itself, or an organisation's (or other entity's) country; null otherwise. */
    private static String stateOf(KnowledgeBase kb, String id) {
        var e = kb.entity(id).orElse(null);
        if (e == null) return null;
        if (e.type() == EntityType.STATE) return e.id();
        return e.country();
    }

    public static Result of(KnowledgeBase kb, String programmeId, LocalDate asOf, String leaderOverride) {
        return of(kb, programmeId, asOf, leaderOverride, DEFAULT_CAP);
    }

    public static Result of(KnowledgeBase kb, String programmeId, LocalDate asOf, String leaderOverride, int cap) {
        Entity p = kb.findEntity(programmeId).orElseThrow(() -> new UnknownIdException(programmeId));
        Leader l = leaderOverride != null ? new Leader(List.of(kb.findEntity(leaderOverride).orElseThrow(() -> new UnknownIdException(leaderOverride)).id()), "given")
                : leader(kb, p, asOf);
        if (l == null) throw new IllegalArgumentException("cannot tell the leader of '" + p.id() + "': the data has no leader statement, country or operator for it; give it as " + p.id() + ":STATE");
        Set<String> leaders = new java.util.LinkedHashSet<>(l.ids());
        String leader = String.join("+", l.ids());
        var groups = Ties.groups(kb, asOf);
        Set<String> partners = new java.util.TreeSet<>();
        for (var a : groups.getOrDefault(p.id(), Map.of()).values()) {
            if (!leaders.contains(a.member()) && kb.entity(a.member()).map(e -> e.type() == EntityType.STATE).orElse(false)) partners.add(a.member());
        }
        List<Partner> out = new ArrayList<>();
        Map<String, Double> sums = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> sums.put(c, 0.0));
        int un = 0;
        double capped = 0;
        List<Relationship.Partnership> ps = Ties.partnerships(kb, asOf);
        for (String partner : partners) {
            Map<String, Channel> via = new TreeMap<>();
            for (var g : groups.entrySet()) {
                if (g.getKey().equals(p.id())) continue;
                var m = g.getValue();
                if (leaders.stream().noneMatch(m::containsKey) || !m.containsKey(partner)) continue;
                String cat = category(kb, g.getKey(), m.size());
                if (cat == null) continue;
                List<Ties.Trace> rs = new ArrayList<>();
                for (String ld : leaders) if (m.containsKey(ld)) rs.addAll(m.get(ld).records());
                rs.addAll(m.get(partner).records());
                via.put(g.getKey(), new Channel(g.getKey(), cat, rs));
            }
            for (Relationship.Partnership x : ps) {
                if (x.parties().stream().anyMatch(leaders::contains) && x.parties().contains(partner) && (x.instrument() == null || !x.instrument().equals(p.id()))) {
                    via.put(x.id(), new Channel(x.id(), "bilateral", List.of(new Ties.Trace(x.id(), x.origin().toString()))));
                }
            }
            Map<String, Integer> by = new LinkedHashMap<>();
            CATEGORIES.forEach(c -> by.put(c, 0));
            for (Channel c : via.values()) by.merge(c.category(), 1, Integer::sum);
            by.forEach((c, k) -> sums.merge(c, (double) k, Double::sum));
            for (int k : by.values()) capped += Math.min(k, cap);
            if (by.get("un-body") > 0) un++;
            out.add(new Partner(partner, kb.nameOf(partner), via.size(), by, List.copyOf(via.values())));
        }
        out.sort(Comparator.comparingInt(Partner::channels).reversed().thenComparing(Partner::id));
        int n = partners.size();
        double uncapped = n == 0 ? 0 : out.stream().mapToInt(Partner::channels).sum() / (double) n;
        double score = n == 0 ? 0 : capped / n;
        Map<String, Double> mean = new LinkedHashMap<>();
        sums.forEach((c, s) -> mean.put(c, n == 0 ? 0 : CooperationNetwork.round(s / n)));
        return new Result(p.id(), p.name(), asOf.toString(), leader, l.basis(), n, CooperationNetwork.round(score), CooperationNetwork.round(uncapped), cap, mean, n == 0 ? 0 : CooperationNetwork.round(un / (double) n), out);
    }

    /** UN body, IGO (organisation, forum or programme), treaty (multilateral instrument) or bilateral (two-party instrument). */
    static String category(KnowledgeBase kb, String groupId, int size) {
        Entity g = kb.entity(groupId).orElse(null);
        if (g == null) return null;
        return switch (g.type()) {
            case ORGANISATION -> "un-body".equals(g.kind()) ? "un-body" : "igo";
            case INSTRUMENT -> size == 2 ? "bilateral" : "treaty";
            case PROGRAMME -> "igo";
            default -> null;
        };
    }
}
