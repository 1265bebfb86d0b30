package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GCAT's organisations table (orgs.tsv): each organisation's state code and parent, and the states (Type CY/CYP rows)
 * with their dates, so that a launch can be attributed to the state of its provider's ultimate parent as it stood on
 * the launch day, and a dependent territory (French Guiana, the Canaries) to its sovereign state.
 */
public final class GcatOrgs {
    record Org(String code, String state, String parent, boolean country, LocalDate start, LocalDate stop) {}

    private final Map<String, Org> orgs = new HashMap<>();

    private GcatOrgs() {}

    public static GcatOrgs read(Path file) throws IOException {
        GcatOrgs o = new GcatOrgs();
        try (TabularFile t = TabularFile.open(file, TabularFile.Style.GCAT)) {
            int code = t.require("Code"), state = t.require("StateCode"), type = t.require("Type"), parent = t.require("Parent");
            int start = t.require("TStart"), stop = t.require("TStop");
            for (TabularFile.Row r; (r = t.next()) != null; ) {
                String c = r.get(code);
                if (c == null) continue;
                String ty = r.get(type) == null ? "" : r.get(type);
                boolean country = List.of(ty.split("/")).contains("CY") || List.of(ty.split("/")).contains("CYP");
                o.orgs.put(c, new Org(c, r.get(state), r.get(parent), country, day(r.get(start), false), day(r.get(stop), true)));
            }
        }
        return o;
    }

    /** The first (or, with {@code end}, the last) day of a GCAT date; null when open ('*', '-', unknown). */
    private static LocalDate day(String v, boolean end) {
        if (v == null || v.startsWith("*")) return null;
        try {
            String s = Values.stripUncertain(v);
            LocalDate d = Values.gcatDate("date", s);
            if (!end || d == null) return d;
            int parts = s.strip().split("\\s+").length;
            return parts >= 3 ? d : parts == 2 ? d.plusMonths(1).minusDays(1) : d.withDayOfYear(d.lengthOfYear());
        } catch (BadValueException e) {
            return null;
        }
    }

    /** True when the state (a CY/CYP row) existed on the day; a code with no such row is taken as existing. */
    public boolean stateExists(String stateCode, LocalDate day) {
        Org s = orgs.get(Values.stripUncertain(stateCode));
        if (s == null || !s.country()) return true;
        return (s.start() == null || !day.isBefore(s.start())) && (s.stop() == null || day.isBefore(s.stop()));
    }

    /**
     * The chain of organisation codes from {@code code} up its parents (Rocket Lab Ltd. -> Rocket Lab USA), stopping
     * before a state row, an unknown code or a loop. The code itself comes first.
     */
    public List<String> chain(String code) {
        List<String> out = new ArrayList<>();
        String c = Values.stripUncertain(code);
        while (c != null && orgs.containsKey(c) && !orgs.get(c).country() && !out.contains(c)) {
            out.add(c);
            c = orgs.get(c).parent();
        }
        if (out.isEmpty()) out.add(Values.stripUncertain(code));
        return out;
    }

    /**
     * The state code of the provider's ultimate parent on the day: the farthest organisation up the chain whose state
     * existed then (so a Russian unit of 1997 whose recorded parents are Soviet ministries stays Russian); null when
     * the code is unknown.
     */
    public String ultimateParentState(String code, LocalDate day) {
        String best = null;
        for (String c : chain(code)) {
            Org o = orgs.get(c);
            if (o == null || o.state() == null) continue;
            if (stateExists(o.state(), day)) best = o.state();
        }
        return best;
    }

    /**
     * The code to attribute to for a state code that is not a known state id (French Guiana -> F, the Canaries -> E):
     * the parent of its territory row, repeatedly; the code itself when it is known or has no parent.
     */
    public String sovereign(String stateCode, java.util.function.Predicate<String> known) {
        String c = Values.stripUncertain(stateCode);
        for (int i = 0; i < 5 && !known.test(c); i++) {
            Org o = orgs.get(c);
            if (o == null || !o.country() || o.parent() == null) break;
            c = o.parent();
        }
        return c;
    }
}
