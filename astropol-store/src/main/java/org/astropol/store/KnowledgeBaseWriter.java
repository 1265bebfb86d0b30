package org.astropol.store;

import java.util.Locale;
import org.astropol.model.Citation;
import org.astropol.model.Entity;

import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.PartialDate;
import org.astropol.model.PropertyDefinition;
import org.astropol.model.Relationship;
import org.astropol.model.RollCall;
import org.astropol.model.Source;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the curated knowledge base into the DuckDB file in a single transaction: the curated tables are
 * dropped and recreated, so either the whole new content is there or, on any failure, the previous one is.
 * Imported datasets and ingested documents live in other tables and are never touched.
 * Rows are written in id order, so the same input always gives the same content.
 */
public final class KnowledgeBaseWriter {
    /** Curated tables and views, in drop order (views first). */
    public static final List<String> CURATED_VIEWS = List.of("statement_cited", "member_state", "state");
    public static final List<String> CURATED_TABLES = List.of("source", "entity", "entity_attribute", "entity_name",
            "event_participant", "event_capability", "property", "statement", "citation", "membership", "party_action",
            "partnership", "partnership_party", "affiliation", "parent_link", "build_info");

    private final Connection c;
    private final Consumer<String> progress;

    public KnowledgeBaseWriter(Connection connection, Consumer<String> progress) {
        this.c = connection;
        this.progress = progress;
    }

    public void write(KnowledgeBase kb, Map<String, String> buildInfo) {
        write(kb, List.of(), buildInfo);
    }

    /** Writes the knowledge base and the curated recorded votes ({@link RollCallTables}) in the same transaction. */
    public void write(KnowledgeBase kb, List<RollCall> rollCalls, Map<String, String> buildInfo) {
        try {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                for (String v : CURATED_VIEWS) st.execute("DROP VIEW IF EXISTS " + v);
                for (String t : CURATED_TABLES) st.execute("DROP TABLE IF EXISTS " + t);
                for (String ddl : schemaStatements()) st.execute(ddl);
            }
            progress.accept("writing " + kb.sources().size() + " sources");
            writeSources(kb);
            progress.accept("writing " + kb.entities().size() + " entities");
            writeEntities(kb);
            writeProperties(kb);
            progress.accept("writing " + kb.statements().size() + " statements");
            writeStatements(kb);
            progress.accept("writing " + kb.relationships().size() + " relationships");
            writeRelationships(kb);
            progress.accept("writing " + rollCalls.size() + " recorded votes");
            RollCallTables.write(c, rollCalls);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO build_info VALUES (?, ?)")) {
                for (var e : new java.util.TreeMap<>(buildInfo).entrySet()) { ps.setString(1, e.getKey()); ps.setString(2, e.getValue()); ps.addBatch(); }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try { c.rollback(); } catch (SQLException ignored) { /* the original failure is the one to report */ }
            throw new StoreException("build failed, previous database kept: " + Database.firstLine(e.getMessage()), e);
        } finally {
            try { c.setAutoCommit(true); } catch (SQLException ignored) { /* connection is closed by the caller */ }
        }
    }

    static List<String> schemaStatements() {
        try (InputStream in = KnowledgeBaseWriter.class.getResourceAsStream("curated-schema.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (line.strip().startsWith("--")) continue;
                cur.append(line).append('\n');
                if (line.strip().endsWith(";")) { out.add(cur.toString().strip()); cur.setLength(0); }
            }
            return out;
        } catch (IOException | NullPointerException e) {
            throw new StoreException("schema resource missing", e);
        }
    }

    private void writeSources(KnowledgeBase kb) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Source s : sorted(kb.sources(), Source::id)) {
                set(ps, 1, s.id(), s.kind(), s.title(), String.join("; ", s.authors()), s.publisher(), str(s.date()),
                        s.url(), s.doi(), str(s.accessed()), s.document(), s.origin().file());
                ps.setInt(12, s.origin().line());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeEntities(KnowledgeBase kb) throws SQLException {
        try (PreparedStatement pe = c.prepareStatement("INSERT INTO entity VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pa = c.prepareStatement("INSERT INTO entity_attribute VALUES (?,?,?)");
             PreparedStatement pn = c.prepareStatement("INSERT INTO entity_name VALUES (?,?,?,?,?)");
             PreparedStatement pp = c.prepareStatement("INSERT INTO event_participant VALUES (?,?,?)");
             PreparedStatement pc = c.prepareStatement("INSERT INTO event_capability VALUES (?,?)")) {
            for (Entity e : sorted(kb.entities(), Entity::id)) {
                Map<String, String> a = e.attributes();
                set(pe, 1, e.id(), e.type().key(), e.kind(), e.name(), e.country(), str(e.existence().from()), str(e.existence().until()));
                day(pe, 8, e.existence().from(), true);
                day(pe, 9, e.existence().until(), false);
                set(pe, 10, a.get("iso2"), a.get("region"), a.get("subregion"), a.get("symbol"), a.get("summary"), e.origin().file());
                pe.setInt(16, e.origin().line());
                pe.addBatch();
                for (var kv : a.entrySet()) { set(pa, 1, e.id(), kv.getKey(), kv.getValue()); pa.addBatch(); }
                int i = 0;
                for (Name n : e.names()) { set(pn, 1, e.id(), n.text(), n.lang(), n.kind().name().toLowerCase(Locale.ROOT)); pn.setInt(5, i++); pn.addBatch(); }
                i = 0;
                for (String p : e.participants()) { set(pp, 1, e.id(), p); pp.setInt(3, i++); pp.addBatch(); }
                for (String cap : e.capabilities()) { set(pc, 1, e.id(), cap); pc.addBatch(); }
                writeCitations(e.id(), "entity", e.citations());
            }
            pe.executeBatch(); pa.executeBatch(); pn.executeBatch(); pp.executeBatch(); pc.executeBatch();
        }
        flushCitations();
    }

    private void writeProperties(KnowledgeBase kb) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO property VALUES (?,?,?,?,?)")) {
            for (PropertyDefinition p : sorted(kb.properties(), PropertyDefinition::id)) {
                set(ps, 1, p.id(), p.type().key(), String.join(",", p.units()), String.join(",", p.subjects()), p.label());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeStatements(KnowledgeBase kb) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Statement s : sorted(kb.statements(), Statement::id)) {
                String type, text = null, entity = null, date = null, unit = null, currency = null;
                java.math.BigDecimal num = null, max = null;
                Integer year = null;
                switch (s.value()) {
                    case Value.Quantity q -> {
                        type = "quantity"; num = q.amount(); max = q.max(); unit = q.unit(); currency = q.currency(); year = q.year();
                        for (var n : new java.math.BigDecimal[]{num, max}) {
                            String problem = n == null ? null : StoredNumber.problem(n);
                            if (problem != null) throw new SQLException(s.origin().file() + ":" + s.origin().line() + ": value: " + problem);
                        }
                    }
                    case Value.DateValue d -> { type = "date"; date = d.date().toString(); }
                    case Value.EntityRef r -> { type = "entity"; entity = r.id(); }
                    case Value.Bool b -> { type = "boolean"; text = Boolean.toString(b.value()); }
                    case Value.Text t -> { type = "text"; text = t.text(); }
                }
                set(ps, 1, s.id(), s.subject(), s.property(), type, text);
                ps.setBigDecimal(6, num);
                ps.setBigDecimal(7, max);
                set(ps, 8, entity, date, unit, currency);
                if (year == null) ps.setNull(12, Types.INTEGER); else ps.setInt(12, year);
                set(ps, 13, str(s.valid().from()), str(s.valid().until()));
                day(ps, 15, s.valid().from(), true);
                day(ps, 16, s.valid().until(), false);
                set(ps, 17, s.status().key(), s.note(), s.origin().file());
                ps.setInt(20, s.origin().line());
                ps.addBatch();
                writeCitations(s.id(), "statement", s.citations());
            }
            ps.executeBatch();
        }
        flushCitations();
    }

    private void writeRelationships(KnowledgeBase kb) throws SQLException {
        try (PreparedStatement pm = c.prepareStatement("INSERT INTO membership VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pa = c.prepareStatement("INSERT INTO party_action VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement pp = c.prepareStatement("INSERT INTO partnership VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement ppp = c.prepareStatement("INSERT INTO partnership_party VALUES (?,?,?)");
             PreparedStatement pf = c.prepareStatement("INSERT INTO affiliation VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pl = c.prepareStatement("INSERT INTO parent_link VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Relationship r : sorted(kb.relationships(), Relationship::id)) {
                switch (r) {
                    case Relationship.Membership m -> {
                        set(pm, 1, m.id(), m.member(), m.group(), m.role(), m.agentFor(), m.stage().key(), m.status().key());
                        interval(pm, 8, m.valid());
                        set(pm, 12, m.origin().file()); pm.setInt(13, m.origin().line()); pm.addBatch();
                    }
                    case Relationship.PartyAction p -> {
                        set(pa, 1, p.id(), p.party(), p.instrument(), p.action(), p.date().toString());
                        day(pa, 6, p.date(), true);
                        set(pa, 7, p.origin().file()); pa.setInt(8, p.origin().line()); pa.addBatch();
                    }
                    case Relationship.Partnership p -> {
                        set(pp, 1, p.id(), p.partnershipKind(), p.label(), p.instrument());
                        interval(pp, 5, p.valid());
                        set(pp, 9, p.origin().file()); pp.setInt(10, p.origin().line()); pp.addBatch();
                        int i = 0;
                        for (String party : p.parties()) { set(ppp, 1, p.id(), party); ppp.setInt(3, i++); ppp.addBatch(); }
                    }
                    case Relationship.Affiliation a -> {
                        set(pf, 1, a.id(), a.person(), a.organisation(), a.role());
                        interval(pf, 5, a.valid());
                        set(pf, 9, a.origin().file()); pf.setInt(10, a.origin().line()); pf.addBatch();
                    }
                    case Relationship.ParentLink l -> {
                        set(pl, 1, l.id(), l.child(), l.parent(), l.relation());
                        interval(pl, 5, l.valid());
                        set(pl, 9, l.origin().file()); pl.setInt(10, l.origin().line()); pl.addBatch();
                    }
                }
                writeCitations(r.id(), r.kind(), r.citations());
            }
            pm.executeBatch(); pa.executeBatch(); pp.executeBatch(); ppp.executeBatch(); pf.executeBatch(); pl.executeBatch();
        }
        flushCitations();
    }

    private PreparedStatement citationInsert;

    private void writeCitations(String recordId, String recordKind, List<Citation> citations) throws SQLException {
        if (citationInsert == null) citationInsert = c.prepareStatement("INSERT INTO citation VALUES (?,?,?,?,?,?)");
        int i = 0;
        for (Citation ct : citations) {
            set(citationInsert, 1, recordId, recordKind);
            citationInsert.setInt(3, i++);
            set(citationInsert, 4, ct.sourceId(), ct.locatorKind().key(), ct.locator());
            citationInsert.addBatch();
        }
    }

    private void flushCitations() throws SQLException {
        if (citationInsert != null) { citationInsert.executeBatch(); citationInsert.close(); citationInsert = null; }
    }

    private static void interval(PreparedStatement ps, int first, Interval i) throws SQLException {
        set(ps, first, str(i.from()), str(i.until()));
        day(ps, first + 2, i.from(), true);
        day(ps, first + 3, i.until(), false);
    }

    private static void day(PreparedStatement ps, int index, PartialDate d, boolean earliest) throws SQLException {
        if (d == null) ps.setNull(index, Types.DATE);
        else ps.setDate(index, Date.valueOf(earliest ? d.earliest() : d.latest()));
    }

    private static void set(PreparedStatement ps, int first, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) ps.setNull(first + i, Types.VARCHAR); else ps.setString(first + i, values[i]);
        }
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    private static <T> List<T> sorted(java.util.Collection<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

}
