package org.astropol.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of things astropol knows about, with the sub-kinds each allows (see docs/data-format.md). */
public enum EntityType {
    STATE("state", List.of("state", "historical-state")),
    ORGANISATION("organisation", List.of("space-agency", "ministry", "administration", "military-unit",
            "state-owned-enterprise", "company", "academy", "university", "research-institute",
            "intergovernmental-organisation", "forum", "un-body", "ngo")),
    PERSON("person", List.of("person")),
    PROGRAMME("programme", List.of("station-programme", "lunar-programme", "exploration-programme",
            "human-spaceflight-programme", "cooperation-framework", "coalition", "programme")),
    MISSION("mission", List.of("lunar-mission", "mars-mission", "crewed-mission", "satellite-mission", "mission")),
    SPACE_SYSTEM("space-system", List.of("navigation-system", "constellation", "station", "launcher-family",
            "satellite", "spacecraft")),
    FACILITY("facility", List.of("launch-site", "control-centre", "ground-station", "research-facility")),
    INSTRUMENT("instrument", List.of("treaty", "accord", "memorandum", "agreement", "un-resolution", "national-law",
            "white-paper", "declaration", "guidelines", "code-of-conduct", "draft-treaty", "joint-statement")),
    EVENT("event", List.of("launch", "test", "signing", "vote", "first", "founding", "reorganisation", "meeting",
            "visit", "mission-event"));

    private final String key;
    private final List<String> kinds;

    EntityType(String key, List<String> kinds) { this.key = key; this.kinds = kinds; }

    /** The name used in data files, JSON and the database. */
    public String key() { return key; }
    public List<String> kinds() { return kinds; }
    public String defaultKind() { return kinds.get(0); }

    public static Optional<EntityType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
