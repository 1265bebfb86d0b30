package org.astropol.store;

import java.util.Locale;
import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.Origin;
import org.astropol.model.PartialDate;
import org.astropol.model.PropertyDefinition;
import org.astropol.model.Relationship;
import org.astropol.model.Source;
import org.astropol.model.Stage;
import org.astropol.model.Statement;
import org.astropol.model.Status;
import org.astropol.model.Value;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loads the curated knowledge base back from the DuckDB file into the in-memory {@link KnowledgeBase} view. */
public final class KnowledgeBaseReader {
    private KnowledgeBaseReader() {}

    public static KnowledgeBase read(Connection c) {
        try {
            Map<String, List<Citation>> citations = citations(c);
            List<Source> sources = new ArrayList<>();
            query(c, "SELECT id, kind, title, authors, publisher, date, url, doi, accessed, document, file, line FROM source ORDER BY id", rs ->
                    sources.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), split(rs.getString(4), "; "), rs.getString(5),
                            date(rs.getString(6)), rs.getString(7), rs.getString(8), date(rs.getString(9)), rs.getString(10),
                            new Origin(rs.getString(11), rs.getInt(12)))));
            Map<String, List<Name>> names = new HashMap<>();
            query(c, "SELECT entity_id, name, lang, name_kind FROM entity_name ORDER BY entity_id, ordinal", rs ->
                    names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Name(rs.getString(2), rs.getString(3), Name.NameKind.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)))));
            Map<String, Map<String, String>> attributes = new HashMap<>();
            query(c, "SELECT entity_id, key, value FROM entity_attribute ORDER BY entity_id, key", rs ->
                    attributes.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3)));
            Map<String, List<String>> participants = new HashMap<>();
            query(c, "SELECT event_id, participant FROM event_participant ORDER BY event_id, ordinal", rs ->
                    participants.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            Map<String, List<String>> capabilities = new HashMap<>();
            query(c, "SELECT event_id, capability FROM event_capability ORDER BY event_id, capability", rs ->
                    capabilities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            List<Entity> entities = new ArrayList<>();
            query(c, "SELECT id, type, kind, name, country, valid_from, valid_until, file, line FROM entity ORDER BY id", rs -> {
                String id = rs.getString(1);
                entities.add(new Entity(id, EntityType.fromKey(rs.getString(2)).orElseThrow(), rs.getString(3), rs.getString(4),
                        List.copyOf(names.getOrDefault(id, List.of())), rs.getString(5), new Interval(date(rs.getString(6)), date(rs.getString(7))),
                        attributes.getOrDefault(id, Map.of()), List.copyOf(participants.getOrDefault(id, List.of())),
                        List.copyOf(capabilities.getOrDefault(id, List.of())), citations.getOrDefault(id, List.of()),
                        new Origin(rs.getString(8), rs.getInt(9))));
            });
            List<PropertyDefinition> properties = new ArrayList<>();
            query(c, "SELECT id, value_type, units, subjects, label FROM property ORDER BY id", rs ->
                    properties.add(new PropertyDefinition(rs.getString(1), PropertyDefinition.ValueType.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                            split(rs.getString(3), ","), split(rs.getString(4), ","), rs.getString(5))));
            List<Statement> statements = new ArrayList<>();
            query(c, "SELECT id, subject, property, value_type, value_text, value_number, value_max, value_entity, value_date, unit, ref_year, "
                    + "valid_from, valid_until, status, note, file, line FROM statement ORDER BY id", rs -> {
                Value v = switch (rs.getString(4)) {
                    case "quantity" -> {
                        if (rs.getBigDecimal(6) == null) {
                            throw new StoreException("statement " + rs.getString(1) + " (" + rs.getString(16) + ":" + rs.getInt(17)
                                    + ") has no stored amount; run `astropol build` again");
                        }
                        yield new Value.Quantity(strip(rs.getBigDecimal(6)), strip(rs.getBigDecimal(7)), rs.getString(10),
                                rs.getObject(11) == null ? null : rs.getInt(11));
                    }
                    case "date" -> new Value.DateValue(PartialDate.parse(rs.getString(9)));
                    case "entity" -> new Value.EntityRef(rs.getString(8));
                    case "boolean" -> new Value.Bool(Boolean.parseBoolean(rs.getString(5)));
                    default -> new Value.Text(rs.getString(5));
                };
                String id = rs.getString(1);
                statements.add(new Statement(id, rs.getString(2), rs.getString(3), v, new Interval(date(rs.getString(12)), date(rs.getString(13))),
                        Status.fromKey(rs.getString(14)).orElse(Status.ASSERTED), rs.getString(15), citations.getOrDefault(id, List.of()),
                        new Origin(rs.getString(16), rs.getInt(17))));
            });
            List<Relationship> rels = new ArrayList<>();
            query(c, "SELECT id, member, group_id, role, agent_for, stage, status, since, \"until\", file, line FROM membership ORDER BY id", rs -> {
                String id = rs.getString(1);
                Stage stage = Stage.fromKey(rs.getString(6)).orElseThrow(() -> new SQLException("unknown stage in membership " + id));
                Status status = Status.fromKey(rs.getString(7)).orElseThrow(() -> new SQLException("unknown status in membership " + id));
                rels.add(new Relationship.Membership(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), stage, status,
                        new Interval(date(rs.getString(8)), date(rs.getString(9))), citations.getOrDefault(id, List.of()), new Origin(rs.getString(10), rs.getInt(11))));
            });
            query(c, "SELECT id, party, instrument, action, date, file, line FROM party_action ORDER BY id", rs -> {
                String id = rs.getString(1);
                rels.add(new Relationship.PartyAction(id, rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
                        citations.getOrDefault(id, List.of()), new Origin(rs.getString(6), rs.getInt(7))));
            });
            Map<String, List<String>> parties = new HashMap<>();
            query(c, "SELECT partnership_id, party FROM partnership_party ORDER BY partnership_id, ordinal", rs ->
                    parties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            query(c, "SELECT id, kind, label, instrument, since, \"until\", file, line FROM partnership ORDER BY id", rs -> {
                String id = rs.getString(1);
                rels.add(new Relationship.Partnership(id, List.copyOf(parties.getOrDefault(id, List.of())), rs.getString(2), rs.getString(3),
                        rs.getString(4), new Interval(date(rs.getString(5)), date(rs.getString(6))), citations.getOrDefault(id, List.of()),
                        new Origin(rs.getString(7), rs.getInt(8))));
            });
            query(c, "SELECT id, person, organisation, role, since, \"until\", file, line FROM affiliation ORDER BY id", rs -> {
                String id = rs.getString(1);
                rels.add(new Relationship.Affiliation(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        new Interval(date(rs.getString(5)), date(rs.getString(6))), citations.getOrDefault(id, List.of()), new Origin(rs.getString(7), rs.getInt(8))));
            });
            query(c, "SELECT id, child, parent, relation, since, \"until\", file, line FROM parent_link ORDER BY id", rs -> {
                String id = rs.getString(1);
                rels.add(new Relationship.ParentLink(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        new Interval(date(rs.getString(5)), date(rs.getString(6))), citations.getOrDefault(id, List.of()), new Origin(rs.getString(7), rs.getInt(8))));
            });
            rels.sort(java.util.Comparator.comparing(Relationship::id));
            return new KnowledgeBase(sources, entities, statements, rels, properties);
        } catch (SQLException e) {
            throw new StoreException("cannot read the knowledge base from the database (rebuild it with `astropol build`): "
                    + Database.firstLine(e.getMessage()), e);
        }
    }

    /** Reads one value of the build_info table, or null when the table or key is missing. */
    public static String buildInfo(Connection c, String key) {
        try (var ps = c.prepareStatement("SELECT value FROM build_info WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) { return rs.next() ? rs.getString(1) : null; }
        } catch (SQLException e) {
            return null;
        }
    }

    private static Map<String, List<Citation>> citations(Connection c) throws SQLException {
        Map<String, List<Citation>> out = new HashMap<>();
        query(c, "SELECT record_id, source_id, locator_kind, locator FROM citation ORDER BY record_id, ordinal", rs ->
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Citation(rs.getString(2), Citation.LocatorKind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4))));
        return out;
    }

    private interface RowHandler { void row(ResultSet rs) throws SQLException; }

    private static void query(Connection c, String sql, RowHandler h) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) h.row(rs);
        }
    }

    private static PartialDate date(String s) { return s == null ? null : PartialDate.parse(s); }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(java.util.regex.Pattern.quote(sep)));
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal d) {
        if (d == null) return null;
        java.math.BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
