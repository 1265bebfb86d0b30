package org.astropol.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A thing astropol knows: a state, organisation, person, programme, mission, space system, facility,
 * instrument or event. Type-specific scalar fields (ISO codes, a resolution's symbol, an event's summary)
 * are kept in {@code attributes}; events also carry their participants and the capabilities they achieve.
 *
 * @param existence when the entity existed (founded/dissolved, in force), as cited
 */
public record Entity(String id, EntityType type, String kind, String name, List<Name> names, String country,
                     Interval existence, Map<String, String> attributes, List<String> participants,
                     List<String> capabilities, List<Citation> citations, Origin origin) {

    public Optional<String> attribute(String key) { return Optional.ofNullable(attributes.get(key)); }

    /** For events, the date they happened (the start of their existence interval). */
    public PartialDate date() { return existence.from(); }

    /** Every name and alias, primary first. */
    public List<String> allNames() { return names.stream().map(Name::text).distinct().toList(); }
}
