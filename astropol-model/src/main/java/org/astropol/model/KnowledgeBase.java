package org.astropol.model;

import java.util.Locale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, indexed view of the whole curated knowledge: sources, entities, statements and relationships.
 * Analyses are pure functions of this view; the store and the curation module both produce it.
 */
public final class KnowledgeBase {
    private final Map<String, Source> sources;
    private final Map<String, Entity> entities;
    private final List<Statement> statements;
    private final List<Relationship> relationships;
    private final Map<String, PropertyDefinition> properties;
    private final Map<String, List<Statement>> statementsBySubject = new HashMap<>();
    private final Map<String, List<Statement>> statementsByEntityValue = new HashMap<>();
    private final Map<String, List<Relationship>> relationshipsByParticipant = new HashMap<>();
    private final Map<String, List<Entity>> eventsByParticipant = new HashMap<>();
    private final Map<String, String> idByLowerCase = new HashMap<>();

    public KnowledgeBase(Collection<Source> sources, Collection<Entity> entities, List<Statement> statements,
                         List<Relationship> relationships, Collection<PropertyDefinition> properties) {
        this.sources = index(sources, Source::id);
        this.entities = index(entities, Entity::id);
        this.statements = List.copyOf(statements);
        this.relationships = List.copyOf(relationships);
        this.properties = index(properties, PropertyDefinition::id);
        for (Statement s : this.statements) {
            statementsBySubject.computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s);
            if (s.value() instanceof Value.EntityRef ref) {
                statementsByEntityValue.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Relationship r : this.relationships) {
            for (String p : r.participants()) relationshipsByParticipant.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            if (r instanceof Relationship.Membership m && m.agentFor() != null) {
                relationshipsByParticipant.computeIfAbsent(m.agentFor(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Entity e : this.entities.values()) {
            idByLowerCase.put(e.id().toLowerCase(Locale.ROOT), e.id());
            for (String p : e.participants()) eventsByParticipant.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
        }
    }

    private static <T> Map<String, T> index(Collection<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) m.put(key.apply(t), t);
        return Collections.unmodifiableMap(m);
    }

    public Optional<Entity> entity(String id) { return Optional.ofNullable(entities.get(id)); }
    /** Finds an entity by id ignoring case (users type {@code chn} for {@code CHN}). */
    public Optional<Entity> findEntity(String id) {
        Entity e = entities.get(id);
        if (e != null) return Optional.of(e);
        String canonical = idByLowerCase.get(id.toLowerCase(Locale.ROOT));
        return canonical == null ? Optional.empty() : Optional.ofNullable(entities.get(canonical));
    }
    public Optional<Source> source(String id) { return Optional.ofNullable(sources.get(id)); }
    public Optional<PropertyDefinition> property(String id) { return Optional.ofNullable(properties.get(id)); }
    public Collection<Entity> entities() { return entities.values(); }
    public Collection<Source> sources() { return sources.values(); }
    public Collection<PropertyDefinition> properties() { return properties.values(); }
    public List<Statement> statements() { return statements; }
    public List<Relationship> relationships() { return relationships; }
    public List<Statement> statementsAbout(String subject) { return statementsBySubject.getOrDefault(subject, List.of()); }
    /** Statements whose value points at this entity (e.g. the predecessor of another organisation). */
    public List<Statement> statementsPointingAt(String id) { return statementsByEntityValue.getOrDefault(id, List.of()); }
    public List<Relationship> relationshipsOf(String id) { return relationshipsByParticipant.getOrDefault(id, List.of()); }
    public List<Entity> eventsWith(String id) { return eventsByParticipant.getOrDefault(id, List.of()); }

    /** A display name for an id: the entity's name, or the id itself when unknown. */
    public String nameOf(String id) { return entity(id).map(Entity::name).orElse(id); }
}
