package org.astropol.analysis.indicators;

import org.astropol.analysis.Firsts;
import org.astropol.analysis.Ties;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Statement;
import org.astropol.model.Validity;
import org.astropol.model.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the indicators share for one day: the knowledge base, the parameters of config/tiers.yaml, the quantity
 * statements begun by the day (indexed by property and subject, read once), and each capability's achievers.
 *
 * @param launchProperty the launch counts to use: orbital-launches (provider's ultimate parent, default),
 *                       orbital-launches-vehicle-state or orbital-launches-site-state
 */
public record IndicatorContext(KnowledgeBase kb, LocalDate asOf, int windowYears, String launchProperty, int budgetMaxAgeYears,
                               List<String> firstCapabilities, List<String> deepSpaceCapabilities,
                               Map<String, Map<String, List<Statement>>> quantities, Map<String, Map<String, Firsts.Achiever>> capabilities) {

    public static final Set<String> PROPERTIES = Set.of("orbital-launches", "orbital-launches-vehicle-state", "orbital-launches-site-state",
            "payloads-launched", "space-budget", "civil-space-budget", "usd-exchange-rate");

    public static IndicatorContext of(KnowledgeBase kb, LocalDate asOf, int windowYears, String launchProperty, int budgetMaxAgeYears,
                                      List<String> firstCapabilities, List<String> deepSpaceCapabilities) {
        Map<String, Map<String, List<Statement>>> q = new HashMap<>();
        for (Statement st : kb.statements()) {
            if (!PROPERTIES.contains(st.property()) || !(st.value() instanceof Value.Quantity)) continue;
            if (!Validity.begun(st, asOf) || (st.status() != null && st.status().name().equals("SUPERSEDED"))) continue;
            q.computeIfAbsent(st.property(), k -> new HashMap<>()).computeIfAbsent(st.subject(), k -> new ArrayList<>()).add(st);
        }
        return new IndicatorContext(kb, asOf, windowYears, launchProperty, budgetMaxAgeYears, firstCapabilities, deepSpaceCapabilities, q, new HashMap<>());
    }

    /** The quantity statements of a property about a subject, begun by the day. */
    public List<Statement> statements(String property, String subject) {
        return quantities.getOrDefault(property, Map.of()).getOrDefault(subject, List.of());
    }

    /** Every subject's statements of a property (for look-ups that are not about the state, such as exchange rates). */
    public Map<String, List<Statement>> statements(String property) { return quantities.getOrDefault(property, Map.of()); }

    /** Who achieved a capability by the day (computed once per capability). */
    public Map<String, Firsts.Achiever> achievers(String capability) {
        return capabilities.computeIfAbsent(capability, c -> Firsts.byState(kb, c, asOf));
    }

    public int lastYear() { return asOf.getYear(); }

    public int firstYear() { return asOf.getYear() - windowYears + 1; }

    public static Ties.Trace trace(Statement s) { return new Ties.Trace(s.id(), s.origin().toString()); }
}
