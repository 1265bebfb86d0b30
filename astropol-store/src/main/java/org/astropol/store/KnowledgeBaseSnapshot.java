package org.astropol.store;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.Origin;
import org.astropol.model.PartialDate;
import org.astropol.model.Precision;
import org.astropol.model.PropertyDefinition;
import org.astropol.model.Relationship;
import org.astropol.model.Stage;
import org.astropol.model.Source;
import org.astropol.model.Statement;
import org.astropol.model.Status;
import org.astropol.model.Value;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The knowledge base as one compact binary block: what {@link KnowledgeBaseReader} reads from the database, written
 * so that a fresh JVM reads it back in a few milliseconds of interpreted code. Written by hand rather than with Java
 * serialization because a cold JVM spent 0.7-1 s deserializing records reflectively (method-handle spinning for
 * every record class), more than the whole budget of a query command; strings are kept once in a table and
 * referred to by number. The block carries no version of its own: callers key it on the code that wrote it.
 */
public final class KnowledgeBaseSnapshot {
    private static final int MAGIC = 0x4B425332; // "KBS2" (memberships carry stage and status)

    private KnowledgeBaseSnapshot() {}

    /** The snapshot of {@code kb}, with {@code header} (e.g. the stamp it is valid for) first. */
    public static byte[] write(String header, KnowledgeBase kb) {
        var bytes = new ByteArrayOutputStream(1 << 20);
        try (var out = new DataOutputStream(bytes)) {
            Writer w = new Writer(out);
            out.writeInt(MAGIC);
            w.str(header);
            w.size(kb.sources());
            for (Source s : kb.sources()) {
                w.str(s.id()); w.str(s.kind()); w.str(s.title()); w.strs(s.authors()); w.str(s.publisher()); w.date(s.date());
                w.str(s.url()); w.str(s.doi()); w.date(s.accessed()); w.str(s.document()); w.origin(s.origin());
            }
            w.size(kb.entities());
            for (Entity e : kb.entities()) {
                w.str(e.id()); w.str(e.type().name()); w.str(e.kind()); w.str(e.name());
                w.size(e.names());
                for (Name n : e.names()) { w.str(n.text()); w.str(n.lang()); w.str(n.kind().name()); }
                w.str(e.country()); w.interval(e.existence());
                out.writeBoolean(e.attributes() instanceof TreeMap);
                w.size(e.attributes().entrySet());
                for (var a : e.attributes().entrySet()) { w.str(a.getKey()); w.str(a.getValue()); }
                w.strs(e.participants()); w.strs(e.capabilities()); w.citations(e.citations()); w.origin(e.origin());
            }
            w.size(kb.statements());
            for (Statement s : kb.statements()) {
                w.str(s.id()); w.str(s.subject()); w.str(s.property());
                switch (s.value()) {
                    case Value.Quantity q -> { out.writeByte(0); w.decimal(q.amount()); w.decimal(q.max()); w.str(q.unit());
                        out.writeBoolean(q.year() != null); if (q.year() != null) out.writeInt(q.year()); }
                    case Value.DateValue d -> { out.writeByte(1); w.date(d.date()); }
                    case Value.EntityRef r -> { out.writeByte(2); w.str(r.id()); }
                    case Value.Text t -> { out.writeByte(3); w.str(t.text()); }
                    case Value.Bool b -> { out.writeByte(4); out.writeBoolean(b.value()); }
                }
                w.interval(s.valid()); w.str(s.status().name()); w.str(s.note()); w.citations(s.citations()); w.origin(s.origin());
            }
            w.size(kb.relationships());
            for (Relationship r : kb.relationships()) {
                switch (r) {
                    case Relationship.Membership m -> { out.writeByte(0); w.str(m.id()); w.str(m.member()); w.str(m.group()); w.str(m.role());
                        w.str(m.agentFor()); w.str(m.stage().name()); w.str(m.status().name()); w.interval(m.valid()); }
                    case Relationship.PartyAction p -> { out.writeByte(1); w.str(p.id()); w.str(p.party()); w.str(p.instrument());
                        w.str(p.action()); w.date(p.date()); }
                    case Relationship.Partnership p -> { out.writeByte(2); w.str(p.id()); w.strs(p.parties()); w.str(p.partnershipKind());
                        w.str(p.label()); w.str(p.instrument()); w.interval(p.valid()); }
                    case Relationship.Affiliation a -> { out.writeByte(3); w.str(a.id()); w.str(a.person()); w.str(a.organisation());
                        w.str(a.role()); w.interval(a.valid()); }
                    case Relationship.ParentLink l -> { out.writeByte(4); w.str(l.id()); w.str(l.child()); w.str(l.parent());
                        w.str(l.relation()); w.interval(l.valid()); }
                }
                w.citations(r.citations()); w.origin(r.origin());
            }
            w.size(kb.properties());
            for (PropertyDefinition p : kb.properties()) {
                w.str(p.id()); w.str(p.type().name()); w.strs(p.units()); w.strs(p.subjects()); w.str(p.label());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    /** The header of a snapshot, or null when the bytes are not a snapshot. */
    public static String header(byte[] snapshot) {
        try {
            Reader r = new Reader(snapshot);
            return r.i32() == MAGIC ? r.str() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads a snapshot back; throws {@link IllegalArgumentException} when the bytes are not a whole snapshot. */
    public static KnowledgeBase read(byte[] snapshot) {
        try {
            Reader r = new Reader(snapshot);
            if (r.i32() != MAGIC) throw new IllegalArgumentException("not a knowledge base snapshot");
            r.str();
            int n = r.size();
            List<Source> sources = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sources.add(new Source(r.str(), r.str(), r.str(), r.strs(), r.str(), r.date(), r.str(), r.str(), r.date(), r.str(), r.origin()));
            }
            n = r.size();
            List<Entity> entities = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = r.str();
                EntityType type = named(ENTITY_TYPES, r.str());
                String kind = r.str(), name = r.str();
                int names = r.size();
                List<Name> nameList = new ArrayList<>(names);
                for (int j = 0; j < names; j++) nameList.add(new Name(r.str(), r.str(), named(NAME_KINDS, r.str())));
                String country = r.str();
                Interval existence = r.interval();
                boolean sorted = r.i8() != 0;
                int attrs = r.size();
                Map<String, String> attributes = sorted ? new TreeMap<>() : attrs == 0 ? Map.of() : new LinkedHashMap<>();
                for (int j = 0; j < attrs; j++) attributes.put(r.str(), r.str());
                entities.add(new Entity(id, type, kind, name, List.copyOf(nameList), country, existence, attributes, r.strs(), r.strs(),
                        r.citations(), r.origin()));
            }
            n = r.size();
            List<Statement> statements = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = r.str(), subject = r.str(), property = r.str();
                Value v = switch (r.i8()) {
                    case 0 -> {
                        BigDecimal amount = r.decimal(), max = r.decimal();
                        String unit = r.str();
                        yield new Value.Quantity(amount, max, unit, r.i8() != 0 ? r.i32() : null);
                    }
                    case 1 -> new Value.DateValue(r.date());
                    case 2 -> new Value.EntityRef(r.str());
                    case 3 -> new Value.Text(r.str());
                    case 4 -> new Value.Bool(r.i8() != 0);
                    default -> throw new IllegalArgumentException("unknown value kind");
                };
                statements.add(new Statement(id, subject, property, v, r.interval(), named(STATUSES, r.str()), r.str(), r.citations(), r.origin()));
            }
            n = r.size();
            List<Relationship> relationships = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                relationships.add(switch (r.i8()) {
                    case 0 -> new Relationship.Membership(r.str(), r.str(), r.str(), r.str(), r.str(), named(STAGES, r.str()), named(STATUSES, r.str()),
                            r.interval(), r.citations(), r.origin());
                    case 1 -> new Relationship.PartyAction(r.str(), r.str(), r.str(), r.str(), r.date(), r.citations(), r.origin());
                    case 2 -> new Relationship.Partnership(r.str(), r.strs(), r.str(), r.str(), r.str(), r.interval(), r.citations(), r.origin());
                    case 3 -> new Relationship.Affiliation(r.str(), r.str(), r.str(), r.str(), r.interval(), r.citations(), r.origin());
                    case 4 -> new Relationship.ParentLink(r.str(), r.str(), r.str(), r.str(), r.interval(), r.citations(), r.origin());
                    default -> throw new IllegalArgumentException("unknown relationship kind");
                });
            }
            n = r.size();
            List<PropertyDefinition> properties = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                properties.add(new PropertyDefinition(r.str(), named(VALUE_TYPES, r.str()), r.strs(), r.strs(), r.str()));
            }
            if (r.hasRemaining()) throw new IllegalArgumentException("trailing bytes after the snapshot");
            return new KnowledgeBase(sources, entities, statements, relationships, properties);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated knowledge base snapshot", e);
        }
    }

    /** Writes strings once: a number for a string seen before, -2 and the UTF-8 bytes for a new one, -1 for null. */
    private static final class Writer {
        final DataOutputStream out;
        final Map<String, Integer> seen = new HashMap<>();

        Writer(DataOutputStream out) { this.out = out; }

        void str(String s) throws IOException {
            if (s == null) { out.writeInt(-1); return; }
            Integer known = seen.get(s);
            if (known != null) { out.writeInt(known); return; }
            seen.put(s, seen.size());
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(-2);
            out.writeInt(b.length);
            out.write(b);
        }

        void size(Collection<?> c) throws IOException { out.writeInt(c.size()); }

        void strs(List<String> list) throws IOException {
            out.writeInt(list == null ? -1 : list.size());
            if (list != null) for (String s : list) str(s);
        }

        void date(PartialDate d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) { out.writeInt(d.year()); out.writeByte(d.month()); out.writeByte(d.day()); out.writeByte(d.precision().ordinal()); }
        }

        void interval(Interval i) throws IOException {
            out.writeBoolean(i != null);
            if (i != null) { date(i.from()); date(i.until()); }
        }

        void decimal(BigDecimal d) throws IOException { str(d == null ? null : d.toString()); }

        void origin(Origin o) throws IOException {
            out.writeBoolean(o != null);
            if (o != null) { str(o.file()); out.writeInt(o.line()); }
        }

        void citations(List<Citation> list) throws IOException {
            out.writeInt(list.size());
            for (Citation c : list) { str(c.sourceId()); str(c.locatorKind().name()); str(c.locator()); }
        }
    }

    /**
     * Reads the big-endian block written by {@link DataOutputStream} straight from the byte array: a cold JVM interprets
     * this code, and a ByteBuffer's getInt is a dozen interpreted calls deep (reading the snapshot through one took
     * several times longer, measured).
     */
    private static final class Reader {
        final byte[] b;
        int pos;
        final List<String> strings = new ArrayList<>();

        Reader(byte[] b) { this.b = b; }

        int i32() {
            int p = pos;
            pos = p + 4;
            return (b[p] << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
        }

        byte i8() { return b[pos++]; }

        boolean hasRemaining() { return pos < b.length; }

        int remaining() { return b.length - pos; }

        String str() {
            int k = i32();
            if (k == -1) return null;
            if (k >= 0) return strings.get(k);
            if (k != -2) throw new IllegalArgumentException("bad string reference");
            int len = i32();
            String s = new String(b, pos, len, StandardCharsets.UTF_8);
            pos += len;
            strings.add(s);
            return s;
        }

        int size() {
            int n = i32();
            if (n < 0 || n > remaining()) throw new IllegalArgumentException("bad count in snapshot");
            return n;
        }

        List<String> strs() {
            int n = i32();
            if (n == -1) return null;
            if (n < 0 || n > remaining()) throw new IllegalArgumentException("bad count in snapshot");
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(str());
            return List.copyOf(out);
        }

        PartialDate date() {
            if (i8() == 0) return null;
            return new PartialDate(i32(), i8(), i8(), PRECISIONS[i8()]);
        }

        Interval interval() {
            if (i8() == 0) return null;
            return new Interval(date(), date());
        }

        BigDecimal decimal() {
            String s = str();
            return s == null ? null : new BigDecimal(s);
        }

        Origin origin() {
            if (i8() == 0) return null;
            return new Origin(str(), i32());
        }

        List<Citation> citations() {
            int n = size();
            List<Citation> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(new Citation(str(), named(LOCATOR_KINDS, str()), str()));
            return List.copyOf(out);
        }
    }

    // Enum constants by name without Enum.valueOf, whose first call per type reflects on the enum (costly when cold).
    private static final EntityType[] ENTITY_TYPES = EntityType.values();
    private static final Name.NameKind[] NAME_KINDS = Name.NameKind.values();
    private static final Status[] STATUSES = Status.values();
    private static final Stage[] STAGES = Stage.values();
    private static final PropertyDefinition.ValueType[] VALUE_TYPES = PropertyDefinition.ValueType.values();
    private static final Citation.LocatorKind[] LOCATOR_KINDS = Citation.LocatorKind.values();
    private static final Precision[] PRECISIONS = Precision.values();

    private static <E extends Enum<E>> E named(E[] constants, String name) {
        for (E e : constants) if (e.name().equals(name)) return e;
        throw new IllegalArgumentException("unknown constant '" + name + "' in snapshot");
    }
}
