package org.astropol.web;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cooperation network: memberships (member to group) and partnerships (each pair of parties) that hold on
 * a day, with communities found by label propagation (deterministic: nodes in id order, ties to the smaller label).
 */
public final class Network {
    private Network() {}

    public record Node(String id, String name, String type, String community, int degree) {}

    public record Edge(String source, String target, String kind, String label, String record, String since, String until) {}

    public record Graph(String asOf, String kind, int nodeCount, int edgeCount, List<Node> nodes, List<Edge> edges) {}

    public static Graph of(KnowledgeBase kb, LocalDate asOf, String kind) {
        List<Edge> edges = new ArrayList<>();
        for (Relationship r : kb.relationships()) {
            if (!r.valid().holdsOn(asOf)) continue;
            if (r instanceof Relationship.Membership m && !kind.equals("partnership")) {
                edges.add(new Edge(m.member(), m.group(), "membership", m.role(), m.id(), str(m.valid().from()), str(m.valid().until())));
            } else if (r instanceof Relationship.Partnership p && !kind.equals("membership")) {
                for (int i = 0; i < p.parties().size(); i++) {
                    for (int j = i + 1; j < p.parties().size(); j++) {
                        edges.add(new Edge(p.parties().get(i), p.parties().get(j), "partnership",
                                p.label() != null ? p.label() : p.partnershipKind(), p.id(), str(p.valid().from()), str(p.valid().until())));
                    }
                }
            }
        }
        edges.sort(Comparator.comparing(Edge::source).thenComparing(Edge::target).thenComparing(Edge::record));
        Map<String, TreeSet<String>> adj = new TreeMap<>();
        for (Edge e : edges) {
            adj.computeIfAbsent(e.source(), k -> new TreeSet<>()).add(e.target());
            adj.computeIfAbsent(e.target(), k -> new TreeSet<>()).add(e.source());
        }
        Map<String, String> label = communities(adj);
        List<Node> nodes = new ArrayList<>();
        for (var e : adj.entrySet()) {
            Entity ent = kb.entity(e.getKey()).orElse(null);
            nodes.add(new Node(e.getKey(), ent == null ? e.getKey() : ent.name(), ent == null ? "unknown" : ent.type().key(),
                    label.get(e.getKey()), e.getValue().size()));
        }
        return new Graph(asOf.toString(), kind, nodes.size(), edges.size(), nodes, edges);
    }

    /** Label propagation: each node takes the most common label among its neighbours, until nothing changes. */
    static Map<String, String> communities(Map<String, TreeSet<String>> adj) {
        Map<String, String> label = new HashMap<>();
        adj.keySet().forEach(n -> label.put(n, n));
        for (int round = 0; round < 50; round++) {
            boolean changed = false;
            for (var e : adj.entrySet()) {
                Map<String, Integer> counts = new TreeMap<>();
                for (String nb : e.getValue()) counts.merge(label.get(nb), 1, Integer::sum);
                String best = label.get(e.getKey());
                int bestCount = counts.getOrDefault(best, 0);
                for (var c : counts.entrySet()) {
                    if (c.getValue() > bestCount) { best = c.getKey(); bestCount = c.getValue(); }
                }
                if (!best.equals(label.get(e.getKey()))) { label.put(e.getKey(), best); changed = true; }
            }
            if (!changed) break;
        }
        return label;
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }
}
