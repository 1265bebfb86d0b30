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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The knowledge base as one compact binary block: what {@link KnowledgeBaseReader} reads from the database, written
 * so that a fresh JVM reads back only the records a query asks for. Written by hand rather than with Java
 * serialization because a cold JVM spent 0.7-1 s deserializing records reflectively (method-handle spinning for
 * every record class), more than the whole budget of a query command. Even decoding every record by hand cost a cold
 * JVM 60-150 ms of CPU (interpreted code, 2026-12-05), while `members ilrs` needs a few dozen records and `entity CHN` a
 * few hundred: so the block holds a table of strings (each referred to by number), each kind of record with the
 * position of every record, and the knowledge base's own indexes (entity by id, statements by subject, relationships by
 * participant ...) as sorted keys with record numbers, and {@link #open} decodes a record when first asked for. The
 * indexes are taken from an indexed {@link KnowledgeBase} when writing, so a lookup answers exactly as it would.
 * The block carries no version of its own: callers key it on the code that wrote it.
 *
 * <p>Layout (big-endian ints): magic, header (length, UTF-8), CRC-32 of the rest; strings (count, count + 1 offsets,
 * bytes); five sections, sources, entities, statements, relationships, properties (count, record offsets, length,
 * records); the record-number lists (length, lists of count and numbers); eight indexes (count, then key string and value
 * pairs sorted by key: a record number, or the offset of a list).
 */
public final class KnowledgeBaseSnapshot {
    private static final int MAGIC = 0x4B425333; // "KBS3": strings, record offsets and indexes, read on demand
    private static final int SOURCES = 0, ENTITIES = 1, STATEMENTS = 2, RELATIONSHIPS = 3, PROPERTIES = 4;
    private static final int SOURCE_BY_ID = 0, ENTITY_BY_ID = 1, ENTITY_BY_LOWER_CASE = 2, PROPERTY_BY_ID = 3,
            STATEMENTS_BY_SUBJECT = 4, STATEMENTS_BY_ENTITY_VALUE = 5, RELATIONSHIPS_BY_PARTICIPANT = 6, EVENTS_BY_PARTICIPANT = 7, INDEXES = 8;

    private KnowledgeBaseSnapshot() {}

    /** The snapshot of {@code kb}, with {@code header} (e.g. the stamp it is valid for) first. */
    public static byte[] write(String header, KnowledgeBase kb) {
        try {
            Strings strings = new Strings();
            Section[] sections = new Section[5];
            for (int i = 0; i < sections.length; i++) sections[i] = new Section(strings);
            List<Source> sources = List.copyOf(kb.sources());
            List<Entity> entities = List.copyOf(kb.entities());
            List<PropertyDefinition> properties = List.copyOf(kb.properties());
            for (Source s : sources) sections[SOURCES].source(s);
            for (Entity e : entities) sections[ENTITIES].entity(e);
            for (Statement s : kb.statements()) sections[STATEMENTS].statement(s);
            for (Relationship r : kb.relationships()) sections[RELATIONSHIPS].relationship(r);
            for (PropertyDefinition p : properties) sections[PROPERTIES].property(p);

            List<Map<String, Integer>> indexes = new ArrayList<>();
            for (int i = 0; i < INDEXES; i++) indexes.add(new TreeMap<>());
            Lists lists = new Lists();
            for (int i = 0; i < sources.size(); i++) indexes.get(SOURCE_BY_ID).put(sources.get(i).id(), i);
            for (int i = 0; i < entities.size(); i++) {
                indexes.get(ENTITY_BY_ID).put(entities.get(i).id(), i);
                indexes.get(ENTITY_BY_LOWER_CASE).put(entities.get(i).id().toLowerCase(java.util.Locale.ROOT), i); // the last one wins, as in KnowledgeBase
            }
            for (int i = 0; i < properties.size(); i++) indexes.get(PROPERTY_BY_ID).put(properties.get(i).id(), i);
            // the lists come from kb's own indexes, asked for every key that can have one
            Map<Object, Integer> statementNumbers = numbers(kb.statements()), relationshipNumbers = numbers(kb.relationships()),
                    entityNumbers = numbers(entities);
            for (Statement s : kb.statements()) {
                lists.put(indexes.get(STATEMENTS_BY_SUBJECT), s.subject(), kb.statementsAbout(s.subject()), statementNumbers);
                if (s.value() instanceof Value.EntityRef ref) {
                    lists.put(indexes.get(STATEMENTS_BY_ENTITY_VALUE), ref.id(), kb.statementsPointingAt(ref.id()), statementNumbers);
                }
            }
            for (Relationship r : kb.relationships()) {
                List<String> keys = new ArrayList<>(r.participants());
                if (r instanceof Relationship.Membership m && m.agentFor() != null) keys.add(m.agentFor());
                for (String k : keys) lists.put(indexes.get(RELATIONSHIPS_BY_PARTICIPANT), k, kb.relationshipsOf(k), relationshipNumbers);
            }
            for (Entity e : entities) {
                for (String p : e.participants()) lists.put(indexes.get(EVENTS_BY_PARTICIPANT), p, kb.eventsWith(p), entityNumbers);
            }
            int[][] keyIds = new int[INDEXES][];
            for (int i = 0; i < INDEXES; i++) {
                keyIds[i] = indexes.get(i).keySet().stream().mapToInt(strings::id).toArray();
            }

            var bytes = new ByteArrayOutputStream(1 << 21);
            var out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            byte[] h = header.getBytes(StandardCharsets.UTF_8);
            out.writeInt(h.length);
            out.write(h);
            var rest = new ByteArrayOutputStream(1 << 21);
            var r = new DataOutputStream(rest);
            r.writeInt(strings.list.size());
            int offset = 0;
            List<byte[]> encoded = new ArrayList<>(strings.list.size());
            for (String s : strings.list) {
                r.writeInt(offset);
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                encoded.add(b);
                offset += b.length;
            }
            r.writeInt(offset);
            for (byte[] b : encoded) r.write(b);
            for (Section section : sections) {
                r.writeInt(section.offsets.size());
                for (int o : section.offsets) r.writeInt(o);
                r.writeInt(section.bytes.size());
                section.bytes.writeTo(r);
            }
            r.writeInt(lists.bytes.size());
            lists.bytes.writeTo(r);
            for (int i = 0; i < INDEXES; i++) {
                r.writeInt(keyIds[i].length);
                int k = 0;
                for (int value : indexes.get(i).values()) { r.writeInt(keyIds[i][k++]); r.writeInt(value); }
            }
            r.flush();
            byte[] tail = rest.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(tail);
            out.writeInt((int) crc.getValue());
            out.write(tail);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
    }

    private static Map<Object, Integer> numbers(List<?> records) {
        Map<Object, Integer> n = new IdentityHashMap<>();
        for (int i = 0; i < records.size(); i++) n.put(records.get(i), i);
        return n;
    }

    /** The header of a snapshot, or null when the bytes are not a snapshot. */
    public static String header(byte[] snapshot) {
        try {
            if (snapshot.length < 8 || intAt(snapshot, 0) != MAGIC) return null;
            int len = intAt(snapshot, 4);
            return new String(snapshot, 8, len, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads a whole snapshot back; throws {@link IllegalArgumentException} when the bytes are not a whole snapshot. */
    public static KnowledgeBase read(byte[] snapshot) {
        return new Decoder(snapshot).all();
    }

    /**
     * The knowledge base of a snapshot, its records decoded when first looked up (whole collections decode them all);
     * throws {@link IllegalArgumentException} when the bytes are not a whole snapshot (checked by length and CRC-32).
     */
    public static KnowledgeBase open(byte[] snapshot) {
        return KnowledgeBase.onDemand(new Decoder(snapshot));
    }

    static int intAt(byte[] b, int p) {
        return (b[p] << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
    }

    /** Every string once, numbered in order of first use. */
    private static final class Strings {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> list = new ArrayList<>();

        int id(String s) {
            if (s == null) return -1;
            Integer known = ids.get(s);
            if (known != null) return known;
            ids.put(s, list.size());
            list.add(s);
            return list.size() - 1;
        }
    }

    /** Lists of record numbers, each written once per key. */
    private static final class Lists {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);

        void put(Map<String, Integer> index, String key, List<?> records, Map<Object, Integer> numbers) throws IOException {
            if (index.containsKey(key)) return;
            index.put(key, out.size());
            out.writeInt(records.size());
            for (Object r : records) out.writeInt(numbers.get(r));
        }
    }

    /** One kind of record: the records one after another, and where each begins. */
    private static final class Section {
        final Strings strings;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
        final DataOutputStream out = new DataOutputStream(bytes);
        final List<Integer> offsets = new ArrayList<>();

        Section(Strings strings) { this.strings = strings; }

        void source(Source s) throws IOException {
            offsets.add(out.size());
            str(s.id()); str(s.kind()); str(s.title()); strs(s.authors()); str(s.publisher()); date(s.date());
            str(s.url()); str(s.doi()); date(s.accessed()); str(s.document()); origin(s.origin());
        }

        void entity(Entity e) throws IOException {
            offsets.add(out.size());
            str(e.id()); str(e.type().name()); str(e.kind()); str(e.name());
            out.writeInt(e.names().size());
            for (Name n : e.names()) { str(n.text()); str(n.lang()); str(n.kind().name()); }
            str(e.country()); interval(e.existence());
            out.writeBoolean(e.attributes() instanceof TreeMap);
            out.writeInt(e.attributes().size());
            for (var a : e.attributes().entrySet()) { str(a.getKey()); str(a.getValue()); }
            strs(e.participants()); strs(e.capabilities()); citations(e.citations()); origin(e.origin());
        }

        void statement(Statement s) throws IOException {
            offsets.add(out.size());
            str(s.id()); str(s.subject()); str(s.property());
            switch (s.value()) {
                case Value.Quantity q -> { out.writeByte(0); decimal(q.amount()); decimal(q.max()); str(q.unit());
                    out.writeBoolean(q.year() != null); if (q.year() != null) out.writeInt(q.year()); }
                case Value.DateValue d -> { out.writeByte(1); date(d.date()); }
                case Value.EntityRef r -> { out.writeByte(2); str(r.id()); }
                case Value.Text t -> { out.writeByte(3); str(t.text()); }
                case Value.Bool b -> { out.writeByte(4); out.writeBoolean(b.value()); }
            }
            interval(s.valid()); str(s.status().name()); str(s.note()); citations(s.citations()); origin(s.origin());
        }

        void relationship(Relationship r) throws IOException {
            offsets.add(out.size());
            switch (r) {
                case Relationship.Membership m -> { out.writeByte(0); str(m.id()); str(m.member()); str(m.group()); str(m.role());
                    str(m.agentFor()); str(m.stage().name()); str(m.status().name()); interval(m.valid()); }
                case Relationship.PartyAction p -> { out.writeByte(1); str(p.id()); str(p.party()); str(p.instrument());
                    str(p.action()); date(p.date()); }
                case Relationship.Partnership p -> { out.writeByte(2); str(p.id()); strs(p.parties()); str(p.partnershipKind());
                    str(p.label()); str(p.instrument()); interval(p.valid()); }
                case Relationship.Affiliation a -> { out.writeByte(3); str(a.id()); str(a.person()); str(a.organisation());
                    str(a.role()); interval(a.valid()); }
                case Relationship.ParentLink l -> { out.writeByte(4); str(l.id()); str(l.child()); str(l.parent());
                    str(l.relation()); interval(l.valid()); }
            }
            citations(r.citations()); origin(r.origin());
        }

        void property(PropertyDefinition p) throws IOException {
            offsets.add(out.size());
            str(p.id()); str(p.type().name()); strs(p.units()); strs(p.subjects()); str(p.label());
        }

        void str(String s) throws IOException { out.writeInt(strings.id(s)); }

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
     * Reads the big-endian block straight from the byte array: a cold JVM interprets this code, and a ByteBuffer's
     * getInt is a dozen interpreted calls deep (reading the snapshot through one took several times longer, measured).
     * Each string and record is decoded once and kept. Lookups are synchronized (the web server shares the knowledge base).
     */
    private static final class Decoder implements KnowledgeBase.Lookup {
        final byte[] b;
        int pos;
        final int stringOffsets, stringData, lists;
        final String[] strings;
        final int[] sectionCount = new int[5], sectionOffsets = new int[5], sectionData = new int[5];
        final Object[][] records = new Object[5][];
        final int[] indexCount = new int[INDEXES], indexStart = new int[INDEXES];
        private KnowledgeBase all;

        Decoder(byte[] snapshot) {
            this.b = snapshot;
            try {
                if (i32() != MAGIC) throw new IllegalArgumentException("not a knowledge base snapshot");
                int headerLength = i32();
                pos += headerLength;
                int crc = i32();
                CRC32 check = new CRC32();
                check.update(b, pos, b.length - pos);
                if ((int) check.getValue() != crc) throw new IllegalArgumentException("damaged knowledge base snapshot (checksum)");
                int n = count();
                strings = new String[n];
                stringOffsets = pos;
                pos += 4 * n;
                stringData = pos + 4;
                pos = stringData + count();
                for (int s = 0; s < 5; s++) {
                    sectionCount[s] = count();
                    sectionOffsets[s] = pos;
                    pos += 4 * sectionCount[s];
                    int length = count();
                    sectionData[s] = pos;
                    pos += length;
                    records[s] = new Object[sectionCount[s]];
                }
                int listLength = count();
                lists = pos;
                pos += listLength;
                for (int i = 0; i < INDEXES; i++) {
                    indexCount[i] = count();
                    indexStart[i] = pos;
                    pos += 8 * indexCount[i];
                }
                if (pos != b.length) throw new IllegalArgumentException("trailing bytes after the snapshot");
            } catch (IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("truncated knowledge base snapshot", e);
            }
        }

        // ---- the knowledge base's lookups

        @Override public synchronized Entity entity(String id) { return (Entity) one(ENTITY_BY_ID, ENTITIES, id); }
        @Override public synchronized Entity entityByLowerCase(String lowerCaseId) { return (Entity) one(ENTITY_BY_LOWER_CASE, ENTITIES, lowerCaseId); }
        @Override public synchronized Source source(String id) { return (Source) one(SOURCE_BY_ID, SOURCES, id); }
        @Override public synchronized PropertyDefinition property(String id) { return (PropertyDefinition) one(PROPERTY_BY_ID, PROPERTIES, id); }
        @Override public synchronized List<Statement> statementsAbout(String subject) { return many(STATEMENTS_BY_SUBJECT, STATEMENTS, subject); }
        @Override public synchronized List<Statement> statementsPointingAt(String id) { return many(STATEMENTS_BY_ENTITY_VALUE, STATEMENTS, id); }
        @Override public synchronized List<Relationship> relationshipsOf(String id) { return many(RELATIONSHIPS_BY_PARTICIPANT, RELATIONSHIPS, id); }
        @Override public synchronized List<Entity> eventsWith(String id) { return many(EVENTS_BY_PARTICIPANT, ENTITIES, id); }

        @Override public synchronized KnowledgeBase all() {
            if (all == null) {
                all = new KnowledgeBase(section(SOURCES), section(ENTITIES), section(STATEMENTS), section(RELATIONSHIPS), section(PROPERTIES));
            }
            return all;
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> section(int s) {
            List<T> out = new ArrayList<>(sectionCount[s]);
            for (int i = 0; i < sectionCount[s]; i++) out.add((T) record(s, i));
            return out;
        }

        /** The value of {@code key} in an index (binary search over its sorted keys), or -1. */
        private int find(int index, String key) {
            int lo = 0, hi = indexCount[index] - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int at = indexStart[index] + 8 * mid;
                int c = string(intAt(b, at)).compareTo(key);
                if (c == 0) return intAt(b, at + 4);
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }

        private Object one(int index, int section, String key) {
            int n = find(index, key);
            return n < 0 ? null : record(section, n);
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> many(int index, int section, String key) {
            int at = find(index, key);
            if (at < 0) return List.of();
            int p = lists + at, n = intAt(b, p);
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) out[i] = record(section, intAt(b, p + 4 + 4 * i));
            return (List<T>) List.of(out);
        }

        private Object record(int section, int n) {
            Object r = records[section][n];
            if (r == null) {
                pos = sectionData[section] + intAt(b, sectionOffsets[section] + 4 * n);
                r = switch (section) {
                    case SOURCES -> source();
                    case ENTITIES -> entity();
                    case STATEMENTS -> statement();
                    case RELATIONSHIPS -> relationship();
                    default -> property();
                };
                records[section][n] = r;
            }
            return r;
        }

        // ---- records

        private Source source() {
            return new Source(str(), str(), str(), strs(), str(), date(), str(), str(), date(), str(), origin());
        }

        private Entity entity() {
            String id = str();
            EntityType type = named(ENTITY_TYPES, str());
            String kind = str(), name = str();
            int names = count();
            List<Name> nameList = new ArrayList<>(names);
            for (int j = 0; j < names; j++) nameList.add(new Name(str(), str(), named(NAME_KINDS, str())));
            String country = str();
            Interval existence = interval();
            boolean sorted = i8() != 0;
            int attrs = count();
            Map<String, String> attributes = sorted ? new TreeMap<>() : attrs == 0 ? Map.of() : new LinkedHashMap<>();
            for (int j = 0; j < attrs; j++) attributes.put(str(), str());
            return new Entity(id, type, kind, name, List.copyOf(nameList), country, existence, attributes, strs(), strs(), citations(), origin());
        }

        private Statement statement() {
            String id = str(), subject = str(), property = str();
            Value v = switch (i8()) {
                case 0 -> {
                    BigDecimal amount = decimal(), max = decimal();
                    String unit = str();
                    yield new Value.Quantity(amount, max, unit, i8() != 0 ? i32() : null);
                }
                case 1 -> new Value.DateValue(date());
                case 2 -> new Value.EntityRef(str());
                case 3 -> new Value.Text(str());
                case 4 -> new Value.Bool(i8() != 0);
                default -> throw new IllegalArgumentException("unknown value kind");
            };
            return new Statement(id, subject, property, v, interval(), named(STATUSES, str()), str(), citations(), origin());
        }

        private Relationship relationship() {
            return switch (i8()) {
                case 0 -> new Relationship.Membership(str(), str(), str(), str(), str(), named(STAGES, str()), named(STATUSES, str()),
                        interval(), citations(), origin());
                case 1 -> new Relationship.PartyAction(str(), str(), str(), str(), date(), citations(), origin());
                case 2 -> new Relationship.Partnership(str(), strs(), str(), str(), str(), interval(), citations(), origin());
                case 3 -> new Relationship.Affiliation(str(), str(), str(), str(), interval(), citations(), origin());
                case 4 -> new Relationship.ParentLink(str(), str(), str(), str(), interval(), citations(), origin());
                default -> throw new IllegalArgumentException("unknown relationship kind");
            };
        }

        private PropertyDefinition property() {
            return new PropertyDefinition(str(), named(VALUE_TYPES, str()), strs(), strs(), str());
        }

        // ---- fields

        private int i32() {
            int p = pos;
            pos = p + 4;
            return KnowledgeBaseSnapshot.intAt(b, p);
        }

        private byte i8() { return b[pos++]; }

        /** A count, checked against what is left. */
        private int count() {
            int n = i32();
            if (n < 0 || n > b.length - pos) throw new IllegalArgumentException("bad count in snapshot");
            return n;
        }

        private String string(int k) {
            String s = strings[k];
            if (s == null) {
                int from = intAt(b, stringOffsets + 4 * k), to = intAt(b, stringOffsets + 4 * k + 4);
                strings[k] = s = new String(b, stringData + from, to - from, StandardCharsets.UTF_8);
            }
            return s;
        }

        private String str() {
            int k = i32();
            return k == -1 ? null : string(k);
        }

        private List<String> strs() {
            int n = i32();
            if (n == -1) return null;
            String[] out = new String[n];
            for (int i = 0; i < n; i++) out[i] = str();
            return List.of(out);
        }

        private PartialDate date() {
            if (i8() == 0) return null;
            return new PartialDate(i32(), i8(), i8(), PRECISIONS[i8()]);
        }

        private Interval interval() {
            if (i8() == 0) return null;
            return new Interval(date(), date());
        }

        private BigDecimal decimal() {
            String s = str();
            return s == null ? null : new BigDecimal(s);
        }

        private Origin origin() {
            if (i8() == 0) return null;
            return new Origin(str(), i32());
        }

        private List<Citation> citations() {
            int n = i32();
            Citation[] out = new Citation[n];
            for (int i = 0; i < n; i++) out[i] = new Citation(str(), named(LOCATOR_KINDS, str()), str());
            return List.of(out);
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
