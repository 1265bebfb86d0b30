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
    /** Set for a knowledge base read on demand ({@link #onDemand}): every keyed lookup goes to it, whole collections to {@link #whole}. */
    private final Lookup lookup;
    private volatile KnowledgeBase whole;

    /**
     * Keyed access to records kept outside this object (a snapshot decoded record by record), answering exactly as an
     * indexed knowledge base of the same records would. Implementations are safe for use by several threads.
     */
    public interface Lookup {
        Entity entity(String id);                       // null when unknown
        /** The entity a case-insensitive search finds for this lower-case id (the last entity of that spelling). */
        Entity entityByLowerCase(String lowerCaseId);
        Source source(String id);
        PropertyDefinition property(String id);
        List<Statement> statementsAbout(String subject);
        List<Statement> statementsPointingAt(String id);
        List<Relationship> relationshipsOf(String id);
        List<Entity> eventsWith(String id);
        /** Every record, indexed the usual way (decoded on first call of a method that needs a whole collection). */
        KnowledgeBase all();
    }

    /**
     * A knowledge base whose records are read when first asked for: a query command that looks up one entity does not
     * pay for decoding thousands (a cold JVM interprets that code: 60-150 ms of CPU for the whole snapshot, measured).
     */
    public static KnowledgeBase onDemand(Lookup lookup) { return new KnowledgeBase(lookup); }

    private KnowledgeBase(Lookup lookup) {
        this.lookup = lookup;
        this.sources = null;
        this.entities = null;
        this.statements = null;
        this.relationships = null;
        this.properties = null;
    }

    private KnowledgeBase whole() {
        KnowledgeBase w = whole;
        if (w == null) whole = w = lookup.all();
        return w;
    }

    public KnowledgeBase(Collection<Source> sources, Collection<Entity> entities, List<Statement> statements,
                         List<Relationship> relationships, Collection<PropertyDefinition> properties) {
        this.lookup = null;
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

    public Optional<Entity> entity(String id) { return Optional.ofNullable(lookup != null ? lookup.entity(id) : entities.get(id)); }
    /** Finds an entity by id ignoring case (users type {@code chn} for {@code CHN}). */
    public Optional<Entity> findEntity(String id) {
        Entity e = lookup != null ? lookup.entity(id) : entities.get(id);
        if (e != null) return Optional.of(e);
        if (lookup != null) return Optional.ofNullable(lookup.entityByLowerCase(id.toLowerCase(Locale.ROOT)));
        String canonical = idByLowerCase.get(id.toLowerCase(Locale.ROOT));
        return canonical == null ? Optional.empty() : Optional.ofNullable(entities.get(canonical));
    }
    public Optional<Source> source(String id) { return Optional.ofNullable(lookup != null ? lookup.source(id) : sources.get(id)); }
    public Optional<PropertyDefinition> property(String id) { return Optional.ofNullable(lookup != null ? lookup.property(id) : properties.get(id)); }
    public Collection<Entity> entities() { return lookup != null ? whole().entities() : entities.values(); }
    public Collection<Source> sources() { return lookup != null ? whole().sources() : sources.values(); }
    public Collection<PropertyDefinition> properties() { return lookup != null ? whole().properties() : properties.values(); }
    public List<Statement> statements() { return lookup != null ? whole().statements() : statements; }
    public List<Relationship> relationships() { return lookup != null ? whole().relationships() : relationships; }
    public List<Statement> statementsAbout(String subject) {
        return lookup != null ? lookup.statementsAbout(subject) : statementsBySubject.getOrDefault(subject, List.of());
    }
    /** Statements whose value points at this entity (e.g. the predecessor of another organisation). */
    public List<Statement> statementsPointingAt(String id) {
        return lookup != null ? lookup.statementsPointingAt(id) : statementsByEntityValue.getOrDefault(id, List.of());
    }
    public List<Relationship> relationshipsOf(String id) {
        return lookup != null ? lookup.relationshipsOf(id) : relationshipsByParticipant.getOrDefault(id, List.of());
    }
    public List<Entity> eventsWith(String id) { return lookup != null ? lookup.eventsWith(id) : eventsByParticipant.getOrDefault(id, List.of()); }

    /** A display name for an id: the entity's name, or the id itself when unknown. */
    public String nameOf(String id) { return entity(id).map(Entity::name).orElse(id); }
}
