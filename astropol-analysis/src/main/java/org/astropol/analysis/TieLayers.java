package org.astropol.analysis;

import org.astropol.model.Entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which layer of the network a tie belongs to, by a rule on the kind of record behind it, never on ids: the group's
 * entity {@code type/kind} (or {@code type} for all its kinds) for shared memberships and co-parties, and
 * {@code partnership/KIND} (or {@code partnership}) for partnerships. The most specific key wins. The rule is
 * configuration (config/network.yaml, docs/data-format.md); {@link #standard()} is the shipped file's content.
 *
 * <ul>
 *   <li>{@code cooperation}: agreements, partnerships, programme and coalition memberships (Artemis Accords, ILRS,
 *   ISS, CSS), payloads flown for another state, navigation cooperation;</li>
 *   <li>{@code institutional}: co-membership of IGOs, forums and UN bodies, UN membership itself;</li>
 *   <li>{@code legal}: co-parties to treaties, counted by the stage rule (in force for the parties).</li>
 * </ul>
 */
public record TieLayers(Map<String, String> rules) {
    public static final String COOPERATION = "cooperation", INSTITUTIONAL = "institutional", LEGAL = "legal";
    public static final List<String> ALL = List.of(COOPERATION, INSTITUTIONAL, LEGAL);

    public TieLayers {
        Map<String, String> copy = new TreeMap<>();
        for (var e : rules.entrySet()) {
            if (!ALL.contains(e.getValue())) {
                throw new IllegalArgumentException("layer rule '" + e.getKey() + "': unknown layer '" + e.getValue() + "' (known: " + String.join(", ", ALL) + ")");
            }
            copy.put(e.getKey(), e.getValue());
        }
        rules = java.util.Collections.unmodifiableMap(copy);
    }

    /** The rule config/network.yaml ships with. */
    public static TieLayers standard() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("programme", COOPERATION);
        r.put("instrument", COOPERATION);
        r.put("instrument/treaty", LEGAL);
        r.put("organisation", INSTITUTIONAL);
        r.put("partnership", COOPERATION);
        return new TieLayers(r);
    }

    /** The layer of the ties a group (programme, instrument, organisation ...) makes between its members; null when no rule covers it. */
    public String ofGroup(Entity group) {
        String type = group.type().key();
        String specific = group.kind() == null ? null : rules.get(type + "/" + group.kind());
        return specific != null ? specific : rules.get(type);
    }

    /** The layer of a partnership of the given kind (agreement, cooperation, joint-mission ...). */
    public String ofPartnership(String kind) {
        String specific = kind == null ? null : rules.get("partnership/" + kind);
        return specific != null ? specific : rules.get("partnership");
    }

    /** Checks a list of layer names given by a user. */
    public static Set<String> parseLayers(List<String> names) {
        if (names.isEmpty()) throw new IllegalArgumentException("no layer given (known: " + String.join(", ", ALL) + ")");
        Set<String> out = new java.util.TreeSet<>();
        for (String n : names) {
            if (!ALL.contains(n)) throw new IllegalArgumentException("unknown layer '" + n + "' (known: " + String.join(", ", ALL) + ")");
            out.add(n);
        }
        return out;
    }
}
