package org.astropol.ingest;

import org.astropol.curation.CuratedDataReader;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Stage;
import org.astropol.model.Status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepting a membership event candidate ("X signed the Artemis Accords on D"): each member gets a cited
 * relationship, a membership with the event's stage, or for a treaty a party action. What data/ already says
 * decides how: a record with the same stage and a compatible date is corroborated (the document's citation is added
 * to it, in its own file); one with the same stage and another date is contradicted (a new record is written and
 * both are marked disputed, each with a note); otherwise a new record is written to data/reviewed/accepted.yaml.
 */
final class AcceptingEvent {
    private AcceptingEvent() {}

    enum Outcome { NEW, CORROBORATION, CONFLICT }

    /** What data/ says about one member's event: the outcome and, unless new, the record concerned. */
    record Finding(String member, Outcome outcome, Relationship existing) {}

    /** The stage a membership event leaves its member in. */
    static Stage stage(String action) {
        return switch (action) {
            case "announced" -> Stage.ANNOUNCED;
            case "ratification" -> Stage.RATIFIED;
            case "withdrawal" -> Stage.WITHDRAWN;
            default -> Stage.SIGNED;   // signature, joining, accession: a coalition or accord counts them as signing
        };
    }

    /** A treaty's parties are recorded as party actions (docs/data-format.md), except announcements, which have no action. */
    private static boolean asPartyAction(KnowledgeBase kb, Review.Candidate k) {
        return !k.value().equals("announced") && kb.entity(k.object())
                .map(e -> e.type() == EntityType.INSTRUMENT && "treaty".equals(e.kind())).orElse(false);
    }

    private static String partyAction(String action) {
        return switch (action) {
            case "joining" -> "accession";
            default -> action;   // signature, ratification, accession, withdrawal
        };
    }

    /** For each member of the candidate, whether it is new, corroborates or contradicts what data/ says. */
    static List<Finding> findings(KnowledgeBase kb, Review.Candidate k) {
        List<Finding> out = new ArrayList<>();
        if (k.object() == null || kb.entity(k.object()).isEmpty()) return out;
        boolean party = asPartyAction(kb, k);
        for (String member : k.subjects()) {
            Relationship corroborated = null, contradicted = null;
            for (Relationship r : kb.relationshipsOf(member)) {
                String since = switch (r) {
                    case Relationship.Membership m when !party && m.member().equals(member) && m.group().equals(k.object())
                            && m.agentFor() == null && m.stage() == stage(k.value()) && m.status() != Status.SUPERSEDED -> text(m.valid().from());
                    case Relationship.PartyAction p when party && p.party().equals(member) && p.instrument().equals(k.object())
                            && p.action().equals(partyAction(k.value())) -> text(p.date());
                    default -> "-";
                };
                if ("-".equals(since)) continue;
                if (k.date() == null || since == null || since.startsWith(k.date()) || k.date().startsWith(since)) { corroborated = r; break; }
                if (contradicted == null) contradicted = r;
            }
            out.add(corroborated != null ? new Finding(member, Outcome.CORROBORATION, corroborated)
                    : contradicted != null ? new Finding(member, Outcome.CONFLICT, contradicted) : new Finding(member, Outcome.NEW, null));
        }
        return out;
    }

    /** How a finding shows in {@code review list}: "kb: membership GROUP MEMBER STAGE since D [SOURCES] (FILE:LINE)". */
    static String describe(Relationship r) {
        String sources = r.citations().stream().map(c -> c.sourceId()).distinct().toList().toString();
        String what = switch (r) {
            case Relationship.Membership m -> "membership " + m.group() + " " + m.member() + " " + m.stage().key()
                    + (m.valid().from() == null ? "" : " since " + m.valid().from());
            case Relationship.PartyAction p -> "party " + p.instrument() + " " + p.party() + " " + p.action() + " " + p.date();
            default -> r.id();
        };
        return "kb: " + what + " " + sources + " (" + r.origin() + ")";
    }

    /**
     * Writes the candidate's relationships (see the class comment) with {@code edits}, then checks the data; the
     * caller undoes the edits when this throws or the decision cannot be recorded.
     */
    static Review.Accepted write(Path dataDir, KnowledgeBase kb, Review.Candidate k, DataEdits edits) throws Exception {
        Entity group = k.object() == null ? null : kb.entity(k.object()).orElse(null);
        if (group == null) throw notLinked(k, "no linked group");
        for (String m : k.subjects()) if (kb.entity(m).isEmpty()) throw notLinked(k, "member " + m + " is not in the knowledge base");
        boolean party = asPartyAction(kb, k);
        if (party && k.date() == null) {
            throw notLinked(k, "no date in its sentence, and a party action on a treaty needs one");
        }
        Path accepted = dataDir.resolve(Review.FILE);
        Review.DocumentSource src = Review.documentSource(kb, AcceptedFile.read(accepted), k);
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("id", src.id());
        citation.put("quote", k.quote());

        List<Map<String, Object>> records = new ArrayList<>();
        Path firstPath = null;
        String firstFile = null, outcome = null;
        int firstLine = 0;
        Map<String, Object> firstRecord = null;
        Path repository = dataDir.toAbsolutePath().getParent();
        for (Finding f : findings(kb, k)) {
            if (outcome == null) outcome = f.outcome().name().toLowerCase(java.util.Locale.ROOT);
            if (f.outcome() == Outcome.NEW) { records.add(record(k, group, f.member(), party, src.id(), null)); continue; }
            Path file = repository.resolve(f.existing().origin().file());
            RecordEdit existing = RecordEdit.find(f.existing().origin().file(), edits.read(file), f.existing().origin().line(),
                    party ? "party" : "member", f.member());
            if (f.outcome() == Outcome.CORROBORATION) {
                edits.write(file, existing.withCitation(citation));
                if (firstRecord == null) {
                    firstRecord = citation; firstPath = file; firstLine = f.existing().origin().line();
                    firstFile = dataDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
                }
            } else {
                String date = k.date() == null ? "no date" : k.date();
                edits.write(file, existing.disputed("Source " + src.id() + " (accepted from review) gives " + k.value() + " on " + date + ".", !party));
                records.add(record(k, group, f.member(), party, src.id(), "Conflicts with the record citing "
                        + f.existing().citations().stream().map(c -> c.sourceId()).distinct().toList() + " ("
                        + (f.existing() instanceof Relationship.PartyAction p ? p.date() : text(f.existing().valid().from())) + ")."));
            }
        }
        // the document's source first, then the new records, each inserted into the file as it is now
        boolean registered = src.registration() == null;
        if (!registered && records.isEmpty()) {
            edits.write(accepted, AcceptedFile.parse(accepted, edits.read(accepted)).inserted(src.registration(), null, null).text());
        }
        for (Map<String, Object> r : records) {
            AcceptedFile.Inserted i = AcceptedFile.parse(accepted, edits.read(accepted))
                    .inserted(registered ? null : src.registration(), party ? "parties" : "memberships", r);
            registered = true;
            edits.write(accepted, i.text());
            if (firstRecord == null || firstPath == null) { firstRecord = r; firstPath = accepted; firstLine = i.line(); firstFile = Review.FILE; }
        }
        var check = CuratedDataReader.read(dataDir);
        if (!check.ok()) {
            throw new Review.ReviewException(Review.ReviewException.Kind.FAILS_CHECK, "the relationship would not pass check, nothing written: "
                    + check.problems().stream().limit(3).map(Object::toString).toList());
        }
        return new Review.Accepted(k.id(), firstFile, firstPath, firstLine, src.id(), firstRecord, outcome);
    }

    /** A membership (or party action) of the member, cited by the quote; disputed with {@code conflict} as note when given. */
    private static Map<String, Object> record(Review.Candidate k, Entity group, String member, boolean party, String sourceId, String conflict) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (party) {
            r.put("instrument", k.object());
            r.put("party", member);
            r.put("action", partyAction(k.value()));
            r.put("date", k.date());
        } else {
            r.put("group", k.object());
            r.put("member", member);
            r.put("role", group.type() == EntityType.INSTRUMENT ? "signatory" : "member");
            Stage stage = stage(k.value());
            if (stage != Stage.DEFAULT) r.put("stage", stage.key());
            if (k.date() != null) r.put("since", k.date());
            if (conflict != null) r.put("status", "disputed");
        }
        if (conflict != null) r.put("note", conflict);
        r.put("source", sourceId);
        r.put("quote", k.quote());
        return r;
    }

    private static String text(PartialDate d) { return d == null ? null : d.toString(); }

    private static Review.ReviewException notLinked(Review.Candidate k, String why) {
        return new Review.ReviewException(Review.ReviewException.Kind.NOT_LINKED, "candidate " + k.id() + ": " + why + "; add it by hand instead");
    }
}
