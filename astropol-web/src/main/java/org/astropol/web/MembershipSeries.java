package org.astropol.web;

import org.astropol.analysis.MembersQuery;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Standing;
import org.astropol.model.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Members of a group over time: the member count on every day it changes, each point computed by
 * {@link MembersQuery} itself (so the chart and the members list never disagree), plus regions of the states.
 */
public final class MembershipSeries {
    private MembershipSeries() {}

    public record Point(String date, int count, int states) {}

    public record Series(String group, String groupName, List<Point> points) {}

    public static Series of(KnowledgeBase kb, String groupId, LocalDate until) {
        Entity g = kb.findEntity(groupId).orElseThrow(() -> new org.astropol.analysis.UnknownIdException(groupId));
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Relationship r : kb.relationshipsOf(g.id())) {
            // the days a record starts or stops counting, by the model's rule (a report's day, an existence bound)
            Validity.Counted c = Validity.counted(kb, r);
            if (c.first() != null) days.add(c.first());
            if (c.last() != null) days.add(c.last().plusDays(1));
        }
        PartialDate inForce = Standing.entryIntoForce(kb, g.id());
        if (inForce != null) days.add(inForce.earliest());
        List<Point> points = new ArrayList<>();
        for (LocalDate d : days) {
            if (d.isAfter(until)) break;
            var m = MembersQuery.of(kb, g.id(), d);
            points.add(new Point(d.toString(), m.count(), m.states()));
        }
        return new Series(g.id(), g.name(), points);
    }

    /** States among the members by their UN region (the {@code region} attribute), "unknown" when not given. */
    public static Map<String, Integer> regions(KnowledgeBase kb, MembersQuery.Members members) {
        Map<String, Integer> out = new TreeMap<>();
        members.members().stream().filter(m -> m.type().equals("state") && m.agentFor() == null).map(MembersQuery.Member::id).distinct()
                .forEach(id -> out.merge(kb.entity(id).flatMap(e -> e.attribute("region")).orElse("unknown"), 1, Integer::sum));
        return out;
    }
}
