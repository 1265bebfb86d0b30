package org.astropol.model;

import java.util.List;

/**
 * A dated relationship between entities, a record of its own with its own id and sources (not a bare edge).
 */
public sealed interface Relationship {
    String id();
    Interval valid();
    List<Citation> citations();
    Origin origin();
    /** The entities taking part, in a fixed order. */
    List<String> participants();
    /** The relationship kind as used in JSON and the database: membership, party, partnership, affiliation, parent. */
    String kind();

    /**
     * A state or organisation taking part in a programme, accord, IGO or forum.
     * @param agentFor for a signing agency: the state it signed for (null otherwise)
     * @param stage    how far it went ({@link Stage#DEFAULT} when the record names no stage)
     * @param status   asserted, or disputed (sources conflict: still counted, and shown) or superseded (replaced: not counted)
     */
    record Membership(String id, String member, String group, String role, String agentFor, Stage stage, Status status, Interval valid,
                      List<Citation> citations, Origin origin) implements Relationship {
        @Override public List<String> participants() { return List.of(member, group); }
        @Override public String kind() { return "membership"; }
    }

    /** An action by a party on an instrument: signature, ratification, accession, succession, acceptance, withdrawal. */
    record PartyAction(String id, String party, String instrument, String action, PartialDate date,
                       List<Citation> citations, Origin origin) implements Relationship {
        @Override public Interval valid() { return Interval.since(date); }
        @Override public List<String> participants() { return List.of(party, instrument); }
        @Override public String kind() { return "party"; }
    }

    /** A partnership between two or more actors, optionally resting on an instrument. */
    record Partnership(String id, List<String> parties, String partnershipKind, String label, String instrument,
                       Interval valid, List<Citation> citations, Origin origin) implements Relationship {
        @Override public List<String> participants() { return parties; }
        @Override public String kind() { return "partnership"; }
    }

    /** A person's position in an institution. */
    record Affiliation(String id, String person, String organisation, String role, Interval valid,
                       List<Citation> citations, Origin origin) implements Relationship {
        @Override public List<String> participants() { return List.of(person, organisation); }
        @Override public String kind() { return "affiliation"; }
    }

    /** An organisation placed under another (subordinate, subsidiary, administered by, successor of). */
    record ParentLink(String id, String child, String parent, String relation, Interval valid,
                      List<Citation> citations, Origin origin) implements Relationship {
        @Override public List<String> participants() { return List.of(child, parent); }
        @Override public String kind() { return "parent"; }
    }
}
