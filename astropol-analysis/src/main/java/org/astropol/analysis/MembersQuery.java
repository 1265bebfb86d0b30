package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Stage;
import org.astropol.model.Standing;
import org.astropol.model.Status;
import org.astropol.model.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who belongs to a programme, accord, organisation or instrument on a given day, by the model's one rule
 * ({@link Validity} for the days a record counts, {@link Standing} for its stage). By default: for a binding treaty the
 * states it is in force for, with those that signed (or ratified before its entry into force) listed apart as
 * {@code signatories}; for everything else those that signed or joined (an announcement never counts). Asked for a
 * stage, it lists exactly the members at that stage on the day.
 */
public final class MembersQuery {
    private MembersQuery() {}

    /**
     * @param stage         the member's stage on the day (announced, signed, ratified, in-force, withdrawn)
     * @param status        the record's status: asserted, or disputed (its sources conflict; see the record's note)
     * @param reportedSince for a membership whose start no source gives: the day of the earliest dated report it is
     *                      counted from (null when the start is known)
     */
    public record Member(String id, String name, String type, String role, String stage, String status, String since, String until, String agentFor,
                         String reportedSince, List<SourceRef> sources) {}

    /**
     * @param stage       the stage asked for, or "default" (see the class comment)
     * @param signatories for a treaty under the default count: the states that signed it (or ratified it before its entry
     *                    into force) but for which it is not in force on the day; empty otherwise
     */
    public record Members(String group, String groupName, String asOf, String stage, int count, int states, List<Member> members,
                          List<Member> signatories) {}

    public static Members of(KnowledgeBase kb, String groupId, LocalDate asOf) { return of(kb, groupId, asOf, null); }

    /** @param stage the stage asked for, or null for the default count */
    public static Members of(KnowledgeBase kb, String groupId, LocalDate asOf, Stage stage) {
        Entity group = kb.findEntity(groupId).orElseThrow(() -> new UnknownIdException(groupId));
        boolean treaty = Standing.isTreaty(kb, group.id());
        List<Member> out = new ArrayList<>(), apart = new ArrayList<>();
        for (Relationship r : kb.relationshipsOf(group.id())) {
            if (!(r instanceof Relationship.Membership m) || !m.group().equals(group.id())) continue;
            Validity.Counted counted = Validity.counted(kb, m);
            if (!counted.on(asOf)) continue;
            if (stage == null ? !Standing.countsByDefault(m) : m.stage() != stage) continue;
            out.add(member(kb, m.member(), m.role(), m.stage(), m.status(), counted.since(), counted.until(), m.agentFor(), counted.reportedSince(),
                    SourceRef.of(kb, m.citations())));
        }
        for (Standing.PartyStanding p : Standing.parties(kb, group.id(), asOf).values()) {
            Relationship.PartyAction latest = p.latest();
            String role = latest.action().equals("signature") ? "signatory" : "party (" + latest.action() + ")";
            Member row = member(kb, p.party(), role, p.stage(), Status.ASSERTED, latest.date(), null, null, null, SourceRef.of(kb, latest.citations()));
            if (stage != null ? p.stage() == stage : Standing.countsByDefault(kb, group.id(), p.stage())) out.add(row);
            else if (stage == null && treaty && (p.stage() == Stage.SIGNED || p.stage() == Stage.RATIFIED)) apart.add(row);
        }
        Comparator<Member> order = Comparator.comparing((Member m) -> m.since() == null ? "" : m.since()).thenComparing(Member::id).thenComparing(Member::role);
        out.sort(order);
        apart.sort(order);
        int states = (int) out.stream().filter(m -> m.type().equals("state") && m.agentFor() == null).map(Member::id).distinct().count();
        return new Members(group.id(), group.name(), asOf.toString(), stage == null ? "default" : stage.key(), out.size(), states, out, apart);
    }

    private static Member member(KnowledgeBase kb, String id, String role, Stage stage, Status status, PartialDate since, PartialDate until, String agentFor,
                                 PartialDate reported, List<SourceRef> sources) {
        Entity e = kb.entity(id).orElse(null);
        return new Member(id, e == null ? id : e.name(), e == null ? "unknown" : e.type().key(), role, stage.key(), status.key(),
                since == null ? null : since.toString(), until == null ? null : until.toString(), agentFor,
                reported == null ? null : reported.toString(), sources);
    }
}
