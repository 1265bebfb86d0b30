package org.astropol.curation;

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
import org.astropol.model.RollCall;
import org.astropol.model.Source;
import org.astropol.model.SourceKind;
import org.astropol.model.Stage;
import org.astropol.model.Statement;
import org.astropol.model.Status;
import org.astropol.model.UnitDefinition;
import org.astropol.model.Value;
import org.astropol.store.StoredNumber;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every YAML file under {@code data/}, validates it and, when nothing is wrong, turns it into a
 * {@link KnowledgeBase}. All problems are collected so that a contributor sees every one at once.
 */
public final class CuratedDataReader {

    /**
     * The outcome: a knowledge base (only when there are no problems), the problems, the content hash of data/,
     * warnings that do not stop a build (symbolic links that were skipped) and the recorded roll calls (data/votes).
     */
    public record Result(KnowledgeBase knowledgeBase, List<Problem> problems, String contentHash, int fileCount, List<String> warnings,
                         List<RollCall> rollCalls) {
        public Result(KnowledgeBase knowledgeBase, List<Problem> problems, String contentHash, int fileCount) {
            this(knowledgeBase, problems, contentHash, fileCount, List.of(), List.of());
        }

        public boolean ok() { return problems.isEmpty(); }
    }

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Current symbols (A/RES/69/32, A/RES/ES-10/1) and the pre-1976 form with the session in roman numerals (A/RES/1962(XVIII)). */
    static final Pattern UN_SYMBOL = Pattern.compile("A/RES/(?:[0-9A-Z\\-]+(?:/[0-9A-Z()\\-]+)+|[0-9]+[A-Z]?\\([IVXLC]+\\))");
    static final Pattern STATE_ID = Pattern.compile("[A-Z]{3}");
    /** Historical states (ISO 3166-3 and customary codes) that Java's ISO 3166-1 list no longer holds; plus Kosovo. */
    static final Set<String> HISTORICAL_STATES = Set.of("SUN", "CSK", "DDR", "YUG", "SCG", "ANT", "ZAR", "TMP", "XKX", "YMD", "VDR");
    static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    static final Pattern NUMBER = Pattern.compile("([-+]?[0-9][0-9,_]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*(thousand|million|billion|trillion)?");
    static final Set<String> SECTIONS = Set.of("sources", "publishers", "entities", "statements", "memberships", "parties",
            "partnerships", "affiliations", "parents", "votes", "tallies");
    static final Set<String> ACTIONS = Set.of("signature", "ratification", "accession", "succession", "acceptance",
            "approval", "withdrawal", "denunciation");
    static final Set<String> LOCATOR_KEYS = Set.of("quote", "page", "section", "url");
    static final Set<String> CITATION_KEYS = Set.of("source", "sources", "quote", "page", "section", "url");

    private final Path root;
    private final Problems problems = new Problems();
    private final Map<String, PropertyDefinition> properties = new TreeMap<>();
    private final Map<String, UnitDefinition> units = new TreeMap<>();
    private final Map<String, Source> sources = new TreeMap<>();
    private final PublisherTable publishers = new PublisherTable();
    private final Map<String, Entity> entities = new TreeMap<>();
    private final Map<String, Origin> idOrigins = new HashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final Set<String> relationshipIds = new HashSet<>();
    private final Set<String> statementIds = new HashSet<>();
    /** References are checked after every file is read, because files may refer to each other in any order. */
    private final List<PendingRef> entityRefs = new ArrayList<>();
    private final List<PendingRef> sourceRefs = new ArrayList<>();
    private final List<PendingSubjectCheck> subjectChecks = new ArrayList<>();
    private final RollCallReader rollCalls = new RollCallReader(problems, this::citations);

    private record PendingRef(String file, int line, String id, String what, Set<EntityType> types) {}
    private record PendingSubjectCheck(String file, int line, String subject, PropertyDefinition property) {}

    private CuratedDataReader(Path root) { this.root = root; }

    /** Reads and validates the data directory (the folder holding schema/, sources/ ...). */
    public static Result read(Path dataDir) throws IOException {
        return new CuratedDataReader(dataDir).run();
    }

    private Result run() throws IOException {
        if (!Files.isDirectory(root)) {
            problems.add(root.toString(), 0, "data directory not found");
            return new Result(null, problems.sorted(), "", 0);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        }
        List<String> warnings = skippedLinks();
        List<Map.Entry<String, MappingNode>> schemaDocs = new ArrayList<>();
        List<Map.Entry<String, MappingNode>> dataDocs = new ArrayList<>();
        for (Path p : files) {
            String rel = displayPath(p);
            byte[] bytes = Files.readAllBytes(p);
            MappingNode doc = parse(rel, bytes);
            if (doc == null) continue;
            boolean schema = root.relativize(p).getNameCount() > 1 && root.relativize(p).getName(0).toString().equals("schema");
            (schema ? schemaDocs : dataDocs).add(Map.entry(rel, doc));
        }
        for (var d : schemaDocs) readSchema(d.getKey(), d.getValue());
        for (var d : dataDocs) readSources(d.getKey(), d.getValue());
        for (var d : dataDocs) readData(d.getKey(), d.getValue());
        assignSourceKinds();
        resolveReferences();
        if (problems.isEmpty()) ConsistencyRules.check(entities, relationships, problems);
        String hash = DataHash.of(root);
        if (!problems.isEmpty()) return new Result(null, problems.sorted(), hash, files.size(), warnings, List.of());
        relationships.sort(Comparator.comparing(Relationship::id));
        statements.sort(Comparator.comparing(Statement::id));
        KnowledgeBase kb = new KnowledgeBase(sources.values(), entities.values(), statements, relationships, properties.values());
        List<RollCall> votes = rollCalls.resolve(kb);
        if (!problems.isEmpty()) return new Result(null, problems.sorted(), hash, files.size(), warnings, List.of());
        return new Result(kb, List.of(), hash, files.size(), warnings, votes);
    }

    /**
     * Symbolic links the walk does not read: links to folders (not followed, so a loop cannot trap it), dangling links
     * and links that point at themselves. A link to a file is read like the file.
     */
    private List<String> skippedLinks() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isSymbolicLink(p) && !Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .map(p -> displayPath(p) + ": skipped symbolic link, " + (Files.isDirectory(p)
                            ? "it points at a folder, which is not followed" : "its target does not exist or loops back"))
                    .toList();
        }
    }

    /** Paths are reported relative to the repository (the parent of data/), the way a contributor sees them. */
    private String displayPath(Path p) {
        Path base = root.toAbsolutePath().getParent();
        Path abs = p.toAbsolutePath();
        return (base != null ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private MappingNode parse(String rel, byte[] bytes) {
        Node n = YamlInput.compose(rel, bytes, problems);
        if (n == null || n instanceof MappingNode) return (MappingNode) n;
        problems.add(rel, YamlRecord.lineOf(n), "a data file must be a mapping of sections (sources:, entities:, ...)");
        return null;
    }

    // ---------------------------------------------------------------- schema

    private void readSchema(String file, MappingNode doc) {
        YamlRecord top = new YamlRecord(file, doc, problems);
        top.allowOnly(Set.of("properties", "units"), "a schema file");
        for (YamlRecord u : top.records("units")) {
            u.allowOnly(Set.of("id", "dimension", "label"), "a unit");
            String id = u.required("id", "a unit");
            String dim = u.required("dimension", "a unit");
            if (id == null || dim == null) continue;
            if (units.containsKey(id)) u.problem("id", "duplicate unit id '" + id + "'");
            units.put(id, new UnitDefinition(id, dim, u.text("label")));
        }
        for (YamlRecord p : top.records("properties")) {
            p.allowOnly(Set.of("id", "type", "units", "subjects", "label"), "a property");
            String id = p.required("id", "a property");
            String type = p.required("type", "a property");
            if (id == null || type == null) continue;
            PropertyDefinition.ValueType vt;
            try {
                vt = PropertyDefinition.ValueType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                p.problem("type", "unknown property type '" + type + "' (quantity, date, entity, text, boolean)");
                continue;
            }
            List<String> subjects = p.textList("subjects");
            for (String s : subjects) if (EntityType.fromKey(s).isEmpty()) p.problem("subjects", "unknown entity type '" + s + "'");
            if (vt == PropertyDefinition.ValueType.QUANTITY && p.textList("units").isEmpty()) p.problem("units", "a quantity property must list its units");
            if (properties.containsKey(id)) p.problem("id", "duplicate property id '" + id + "'");
            properties.put(id, new PropertyDefinition(id, vt, p.textList("units"), subjects, p.text("label")));
        }
    }

    // ---------------------------------------------------------------- sources

    private void readSources(String file, MappingNode doc) {
        YamlRecord top = new YamlRecord(file, doc, problems);
        publishers.read(top);
        for (YamlRecord s : top.records("sources")) {
            s.allowOnly(Set.of("id", "kind", "title", "authors", "publisher", "date", "url", "doi", "accessed", "document", "note"), "a source");
            String id = s.required("id", "a source");
            String title = s.required("title", "a source");
            if (id == null) continue;
            if (!SLUG.matcher(id).matches()) s.problem("id", "malformed source id '" + id + "' (lower-case slug expected)");
            if (!s.has("url") && !s.has("doi") && !s.has("document") && !s.has("publisher")) {
                s.problem("source '" + id + "' needs a url, doi, document or publisher so a reader can find it");
            }
            Origin origin = new Origin(file, s.line());
            if (sources.containsKey(id)) { s.problem("id", "duplicate source id '" + id + "' (first defined at " + sources.get(id).origin() + ")"); continue; }
            sources.put(id, new Source(id, s.text("kind"), title, s.textList("authors"), s.text("publisher"),
                    date(s, "date"), s.text("url"), s.text("doi"), date(s, "accessed"), s.text("document"), origin));
        }
    }

    /**
     * Each source's kind comes from the publisher table, not from the source record: a kind written on the source must
     * agree with it, and a source no row covers is an error. Without any table (small test fixtures) the written kinds
     * stand, but they must still be kinds of the vocabulary.
     */
    private void assignSourceKinds() {
        for (Source s : List.copyOf(sources.values())) {
            String file = s.origin().file();
            int line = s.origin().line();
            if (s.kind() != null && SourceKind.fromKey(s.kind()).isEmpty()) {
                String was = SourceKind.RENAMED.get(s.kind());
                problems.add(file, line, "source '" + s.id() + "': unknown kind '" + s.kind() + "'" + (was != null ? " (now " + was + ")" : "")
                        + "; kinds: " + PublisherTable.keys() + ", given by data/sources/publishers.yaml (kind may be left out)");
                continue;
            }
            if (publishers.isEmpty()) continue;
            var row = publishers.lookup(s.url(), s.doi(), s.publisher());
            if (row.isEmpty()) {
                problems.add(file, line, "source '" + s.id() + "': no row of the publisher table covers it (" + (s.url() != null ? "url " + s.url()
                        : s.doi() != null ? "doi " + s.doi() : "publisher '" + s.publisher() + "'") + "); add one to data/sources/publishers.yaml with its kind and reason");
                continue;
            }
            String derived = row.get().kind().key();
            if (s.kind() != null && !s.kind().equals(derived)) {
                problems.add(file, line, "source '" + s.id() + "': kind '" + s.kind() + "' disagrees with the publisher table, " + row.get().describe()
                        + "; the table decides (correct the row, with its reason, if it is wrong)");
                continue;
            }
            sources.put(s.id(), new Source(s.id(), derived, s.title(), s.authors(), s.publisher(), s.date(), s.url(), s.doi(), s.accessed(),
                    s.document(), s.origin()));
        }
    }

    // ---------------------------------------------------------------- data

    private void readData(String file, MappingNode doc) {
        YamlRecord top = new YamlRecord(file, doc, problems);
        top.allowOnly(SECTIONS, "a data file (sections: " + String.join(", ", new java.util.TreeSet<>(SECTIONS)) + ")");
        for (YamlRecord e : top.records("entities")) readEntity(e);
        for (YamlRecord s : top.records("statements")) readStatement(s, null);
        for (YamlRecord m : top.records("memberships")) readMembership(m, null);
        for (YamlRecord p : top.records("parties")) readParty(p, null);
        for (YamlRecord p : top.records("partnerships")) readPartnership(p);
        for (YamlRecord a : top.records("affiliations")) readAffiliation(a);
        for (YamlRecord p : top.records("parents")) readParent(p);
        for (YamlRecord v : top.records("votes")) rollCalls.readVote(v);
        for (YamlRecord t : top.records("tallies")) rollCalls.readExtraTally(t);
    }

    private static final Set<String> ENTITY_FIELDS = union(CITATION_KEYS, Set.of("id", "type", "kind", "name", "names",
            "aliases", "country", "from", "until", "date", "statements", "iso2", "numeric", "region", "subregion",
            "symbol", "participants", "capabilities", "summary", "instrument", "operator", "note", "status"));

    private void readEntity(YamlRecord e) {
        e.allowOnly(ENTITY_FIELDS, "an entity");
        String id = e.required("id", "an entity");
        String typeKey = e.required("type", "an entity");
        String name = e.required("name", "an entity");
        if (id == null || typeKey == null) return;
        EntityType type = EntityType.fromKey(typeKey).orElse(null);
        if (type == null) { e.problem("type", "unknown entity type '" + typeKey + "'"); return; }
        checkId(e, id, type);
        String kind = e.text("kind");
        if (kind == null) kind = type.defaultKind();
        else if (!type.kinds().contains(kind)) e.problem("kind", "unknown kind '" + kind + "' for type " + type.key() + " (one of " + String.join(", ", type.kinds()) + ")");

        List<Name> names = new ArrayList<>();
        if (name != null) names.add(new Name(name, "en", Name.NameKind.PRIMARY));
        Node namesNode = e.node("names");
        if (namesNode instanceof MappingNode m) {
            YamlRecord nr = new YamlRecord(e.file, m, problems);
            for (String lang : nr.keys()) {
                if (!lang.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) nr.problem(lang, "language code '" + lang + "' is not a BCP 47 code such as zh or ru");
                for (String n : nr.textList(lang)) names.add(new Name(n, lang, Name.NameKind.OFFICIAL));
            }
        } else if (namesNode != null && !YamlRecord.isNull(namesNode)) {
            e.problem("names", "names must map language codes to names, e.g. {zh: 国家航天局}");
        }
        for (String a : e.textList("aliases")) names.add(new Name(a, null, Name.NameKind.ALIAS));

        Map<String, String> attributes = new TreeMap<>();
        for (String k : List.of("iso2", "numeric", "region", "subregion", "symbol", "summary", "instrument", "operator", "note", "status")) {
            String v = e.text(k);
            if (v != null) attributes.put(k, v);
        }
        String country = e.text("country");
        if (country != null) ref(e, "country", country, "country", Set.of(EntityType.STATE));
        if (attributes.containsKey("instrument")) ref(e, "instrument", attributes.get("instrument"), "instrument", Set.of(EntityType.INSTRUMENT));
        if (attributes.containsKey("operator")) ref(e, "operator", attributes.get("operator"), "operator", null);
        if (type == EntityType.STATE && attributes.containsKey("iso2") && !attributes.get("iso2").matches("[A-Z]{2}")) {
            e.problem("iso2", "bad ISO 3166-1 alpha-2 code '" + attributes.get("iso2") + "'");
        }
        if (type == EntityType.INSTRUMENT && "un-resolution".equals(kind) && attributes.get("symbol") == null && UN_SYMBOL.matcher(id).matches()) {
            attributes.put("symbol", id);
        }

        Interval existence;
        if (type == EntityType.EVENT) {
            PartialDate d = date(e, "date");
            if (d == null && !e.has("date")) e.problem("an event needs a date");
            existence = d == null ? Interval.ALWAYS : Interval.at(d);
        } else {
            if (e.has("date") && type != EntityType.INSTRUMENT) e.problem("date", "'date' is for events and instruments; use from/until for existence");
            existence = interval(e, "from", "until");
            if (type == EntityType.INSTRUMENT && e.has("date")) attributes.put("date", String.valueOf(date(e, "date")));
        }
        List<String> participants = e.textList("participants");
        for (String p : participants) ref(e, "participants", p, "participant", null);
        List<String> capabilities = e.textList("capabilities");
        for (String c : capabilities) if (!SLUG.matcher(c).matches()) e.problem("capabilities", "malformed capability id '" + c + "'");
        if ((!participants.isEmpty() || !capabilities.isEmpty()) && type != EntityType.EVENT) e.problem("participants and capabilities are for events");
        // an event's first can be disputed (e.g. a launcher only partly the state's own); firsts shows it flagged
        String status = attributes.get("status");
        if (status != null) {
            if (type != EntityType.EVENT) e.problem("status", "status is for events (asserted or disputed)");
            else if (!status.equals("asserted") && !status.equals("disputed")) e.problem("status", "unknown event status '" + status + "' (asserted or disputed)");
            else if (status.equals("disputed") && attributes.get("note") == null) e.problem("note", "a disputed event needs a note saying why");
        }

        List<Citation> citations = citations(e, "entity '" + id + "'");
        Origin origin = new Origin(e.file, e.line());
        if (idOrigins.containsKey(id)) {
            e.problem("id", "duplicate id '" + id + "' (first defined at " + idOrigins.get(id) + ")");
        } else {
            idOrigins.put(id, origin);
            entities.put(id, new Entity(id, type, kind, name, List.copyOf(names), country, existence, attributes,
                    List.copyOf(participants), List.copyOf(capabilities), citations, origin));
        }
        for (YamlRecord s : e.records("statements")) readStatement(s, id);
    }

    private void checkId(YamlRecord e, String id, EntityType type) {
        if (type == EntityType.STATE) {
            if (!STATE_ID.matcher(id).matches()) e.problem("id", "bad ISO code '" + id + "': a state id is an upper-case ISO 3166-1 alpha-3 code");
            else if (!ISO_ALPHA3.contains(id) && !HISTORICAL_STATES.contains(id)) e.problem("id", "bad ISO code '" + id + "': not an ISO 3166-1 alpha-3 code nor a known historical state");
        } else if (type == EntityType.INSTRUMENT && id.startsWith("A/RES/")) {
            if (!UN_SYMBOL.matcher(id).matches()) e.problem("id", "malformed UN resolution symbol '" + id + "'");
        } else if (!SLUG.matcher(id).matches()) {
            e.problem("id", "malformed id '" + id + "': use a lower-case slug (letters, digits, '-')");
        }
    }

    private static final Set<String> STATEMENT_FIELDS = union(CITATION_KEYS, Set.of("subject", "property", "value",
            "unit", "year", "from", "until", "status", "note"));

    private void readStatement(YamlRecord s, String impliedSubject) {
        s.allowOnly(impliedSubject == null ? STATEMENT_FIELDS : minus(STATEMENT_FIELDS, "subject"), "a statement");
        String subject = impliedSubject != null ? impliedSubject : s.required("subject", "a statement");
        String propertyId = s.required("property", "a statement");
        if (impliedSubject == null && subject != null) ref(s, "subject", subject, "subject", null);
        PropertyDefinition property = propertyId == null ? null : properties.get(propertyId);
        if (propertyId != null && property == null) s.problem("property", "unknown property '" + propertyId + "' (see data/schema/properties.yaml)");
        Value value = property == null ? null : value(s, property);
        if (!s.has("value") && property != null) s.problem("missing required field 'value' in a statement");
        if (property != null && property.type() != PropertyDefinition.ValueType.QUANTITY) {
            if (s.has("unit")) s.problem("unit", "property '" + propertyId + "' is not a quantity and takes no unit");
            if (s.has("year")) s.problem("year", "property '" + propertyId + "' is not a quantity and takes no reference year");
        }
        Interval valid = interval(s, "from", "until");
        Status status = Status.ASSERTED;
        String st = s.text("status");
        if (st != null) {
            status = Status.fromKey(st).orElse(null);
            if (status == null) { s.problem("status", "unknown status '" + st + "' (asserted, disputed, superseded)"); status = Status.ASSERTED; }
        }
        String note = s.text("note");
        if (status != Status.ASSERTED && note == null) s.problem("status", "a " + status.key() + " statement needs a note saying why");
        List<Citation> citations = citations(s, "statement");
        if (subject != null && property != null && !property.subjects().isEmpty()) {
            subjectChecks.add(new PendingSubjectCheck(s.file, s.lineOf("property"), subject, property));
        }
        if (subject == null || property == null || value == null) return;
        String id = "st-" + shortHash(subject, propertyId, value.display(), String.valueOf(valid.from()), String.valueOf(valid.until()),
                citations.toString(), status.key());
        if (!statementIds.add(id)) { s.problem("duplicate statement (same subject, property, value, time and sources)"); return; }
        statements.add(new Statement(id, subject, propertyId, value, valid, status, note, citations, new Origin(s.file, s.line())));
    }

    private Value value(YamlRecord s, PropertyDefinition property) {
        Node n = s.node("value");
        if (n == null || YamlRecord.isNull(n)) return null;
        switch (property.type()) {
            case QUANTITY -> {
                BigDecimal amount, max = null;
                if (n instanceof SequenceNode seq) {
                    if (seq.getValue().size() != 2 || !(seq.getValue().get(0) instanceof ScalarNode a) || !(seq.getValue().get(1) instanceof ScalarNode b)) {
                        s.problem("value", "a range is written [minimum, maximum]"); return null;
                    }
                    amount = number(s, a.getValue());
                    max = number(s, b.getValue());
                    if (amount != null && max != null && max.compareTo(amount) < 0) s.problem("value", "range maximum is below its minimum");
                } else if (n instanceof ScalarNode sc) {
                    amount = number(s, sc.getValue());
                } else { s.problem("value", "a quantity is a number or a [min, max] range"); return null; }
                String unit = s.text("unit");
                if (unit == null) { s.problem("missing unit: a quantity must carry a unit (see data/schema/units.yaml)"); return null; }
                if (!unitAllowed(s, unit, property)) return null;
                Integer year = null;
                String y = s.text("year");
                if (y != null) {
                    if (y.matches("\\d{4}")) year = Integer.parseInt(y);
                    else s.problem("year", "reference year must be four digits, got '" + y + "'");
                }
                return amount == null ? null : new Value.Quantity(amount, max, unit, year);
            }
            case DATE -> {
                PartialDate d = date(s, "value");
                return d == null ? null : new Value.DateValue(d);
            }
            case ENTITY -> {
                String id = s.text("value");
                if (id == null) return null;
                ref(s, "value", id, "value", null);
                return new Value.EntityRef(id);
            }
            case BOOLEAN -> {
                String b = s.text("value");
                if (!"true".equals(b) && !"false".equals(b)) { s.problem("value", "expected true or false, got '" + b + "'"); return null; }
                return new Value.Bool(Boolean.parseBoolean(b));
            }
            default -> {
                String t = s.text("value");
                return t == null ? null : new Value.Text(t);
            }
        }
    }

    /** Checks a unit against the catalogue: a unit id, a currency code (money) or CODE/kg (money per mass). */
    private boolean unitAllowed(YamlRecord s, String unit, PropertyDefinition property) {
        String dimension;
        if (units.containsKey(unit)) {
            dimension = units.get(unit).dimension();
        } else if (unit.matches("[A-Z]{3}")) {
            if (!isCurrency(unit)) { s.problem("unit", "unknown currency '" + unit + "' (ISO 4217 code expected)"); return false; }
            dimension = "money";
        } else if (unit.matches("[A-Z]{3}/kg")) {
            if (!isCurrency(unit.substring(0, 3))) { s.problem("unit", "unknown currency '" + unit.substring(0, 3) + "' (ISO 4217 code expected)"); return false; }
            dimension = "money-per-kg";
        } else {
            s.problem("unit", "unknown unit '" + unit + "' (see data/schema/units.yaml; money is a currency code such as USD)");
            return false;
        }
        if (!property.units().contains(dimension) && !property.units().contains(unit)) {
            s.problem("unit", "unit '" + unit + "' (" + dimension + ") does not fit property '" + property.id() + "' (expects " + String.join(", ", property.units()) + ")");
            return false;
        }
        return true;
    }

    private static boolean isCurrency(String code) {
        try { Currency.getInstance(code); return true; } catch (IllegalArgumentException e) { return false; }
    }

    private BigDecimal number(YamlRecord s, String text) {
        Matcher m = NUMBER.matcher(text.trim());
        if (!m.matches()) { s.problem("value", "not a number: '" + text + "'"); return null; }
        BigDecimal v = new BigDecimal(m.group(1).replace(",", "").replace("_", "").replace("+", ""));
        if (m.group(2) != null) {
            v = v.multiply(switch (m.group(2)) {
                case "thousand" -> BigDecimal.TEN.pow(3);
                case "million" -> BigDecimal.TEN.pow(6);
                case "billion" -> BigDecimal.TEN.pow(9);
                default -> BigDecimal.TEN.pow(12);
            });
        }
        v = v.stripTrailingZeros();
        String unstorable = StoredNumber.problem(v);
        if (unstorable != null) {
            s.problem("value", "value: '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "' is " + unstorable);
            return null;
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    // ---------------------------------------------------------------- relationships

    private static final Set<String> MEMBERSHIP_FIELDS = union(CITATION_KEYS, Set.of("group", "member", "members", "role", "stage", "status", "since", "until", "agent", "note"));

    private void readMembership(YamlRecord m, String group) {
        m.allowOnly(group == null ? MEMBERSHIP_FIELDS : minus(MEMBERSHIP_FIELDS, "group", "members"), "a membership");
        String g = group != null ? group : m.required("group", "a membership");
        if (group == null && g != null) ref(m, "group", g, "group", Set.of(EntityType.PROGRAMME, EntityType.INSTRUMENT, EntityType.ORGANISATION));
        if (group == null && m.has("members")) {
            if (m.has("member")) m.problem("member", "give either member or members, not both");
            // A grouped record lends its group (and nothing else) to each of its entries.
            for (YamlRecord child : m.records("members")) readMembership(child, g);
            if (m.has("since") || m.has("role") || m.has("source") || m.has("sources")) {
                m.problem("a membership group record holds only group and members; put role, since and sources on each member");
            }
            return;
        }
        String member = m.required("member", "a membership");
        if (member != null) ref(m, "member", member, "member", null);
        String role = m.text("role");
        if (role == null) role = "member";
        Interval valid = interval(m, "since", "until");
        Stage stage = stage(m);
        Status status = status(m, "membership");
        List<Citation> citations = citations(m, "membership");
        String agent = m.text("agent");
        if (agent != null) ref(m, "agent", agent, "agent", Set.of(EntityType.ORGANISATION));
        if (g == null || member == null) return;
        Origin origin = new Origin(m.file, m.line());
        addRelationship(m, new Relationship.Membership(
                "membership:" + g + ":" + member + ":" + valid.from() + stageSuffix(stage), member, g, role, null, stage, status, valid, citations, origin));
        if (agent != null) {
            addRelationship(m, new Relationship.Membership(
                    "membership:" + g + ":" + agent + ":" + valid.from() + stageSuffix(stage) + ":for:" + member, agent, g, "signing agency", member, stage, status, valid, citations, origin));
        }
    }

    /** A record's status (asserted when absent); disputed and superseded need a note saying why. */
    private static Status status(YamlRecord r, String what) {
        String text = r.text("status");
        if (text == null) return Status.ASSERTED;
        Status status = Status.fromKey(text).orElse(null);
        if (status == null) { r.problem("status", "unknown status '" + text + "' (asserted, disputed, superseded)"); return Status.ASSERTED; }
        if (status != Status.ASSERTED && r.text("note") == null) r.problem("status", "a " + status.key() + " " + what + " needs a note saying why");
        return status;
    }

    /** Ids of plain memberships stay as they were; a named other stage (announced ...) is a record of its own. */
    private static String stageSuffix(Stage stage) { return stage == Stage.DEFAULT ? "" : ":" + stage.key(); }

    /** The stage a membership names; a plain membership is a signature (or joining), see {@link Stage#DEFAULT}. */
    private static Stage stage(YamlRecord m) {
        String text = m.text("stage");
        if (text == null) return Stage.DEFAULT;
        return Stage.fromKey(text).orElseGet(() -> {
            m.problem("stage", "unknown stage '" + text + "' (" + Arrays.stream(Stage.values()).map(Stage::key).collect(Collectors.joining(", ")) + ")");
            return Stage.DEFAULT;
        });
    }

    private void readParty(YamlRecord p, String instrument) {
        p.allowOnly(union(CITATION_KEYS, Set.of("instrument", "party", "action", "date", "note")), "a party record");
        String inst = p.required("instrument", "a party record");
        String party = p.required("party", "a party record");
        String action = p.required("action", "a party record");
        if (inst != null) ref(p, "instrument", inst, "instrument", Set.of(EntityType.INSTRUMENT));
        if (party != null) ref(p, "party", party, "party", Set.of(EntityType.STATE, EntityType.ORGANISATION));
        if (action != null && !ACTIONS.contains(action)) p.problem("action", "unknown action '" + action + "' (" + String.join(", ", new java.util.TreeSet<>(ACTIONS)) + ")");
        PartialDate date = date(p, "date");
        if (!p.has("date")) p.problem("missing required field 'date' in a party record");
        List<Citation> citations = citations(p, "party record");
        if (inst == null || party == null || action == null || date == null) return;
        addRelationship(p, new Relationship.PartyAction("party:" + inst + ":" + party + ":" + action + ":" + date,
                party, inst, action, date, citations, new Origin(p.file, p.line())));
    }

    private void readPartnership(YamlRecord p) {
        p.allowOnly(union(CITATION_KEYS, Set.of("id", "parties", "kind", "label", "instrument", "since", "until", "note")), "a partnership");
        List<String> parties = p.textList("parties");
        if (parties.size() < 2) p.problem("parties", "a partnership needs at least two parties");
        for (String x : parties) ref(p, "parties", x, "party", null);
        String kind = p.text("kind");
        if (kind == null) kind = "cooperation";
        String instrument = p.text("instrument");
        if (instrument != null) ref(p, "instrument", instrument, "instrument", Set.of(EntityType.INSTRUMENT));
        Interval valid = interval(p, "since", "until");
        List<Citation> citations = citations(p, "partnership");
        String id = p.text("id");
        if (id != null && !SLUG.matcher(id).matches()) p.problem("id", "malformed id '" + id + "': use a lower-case slug");
        if (id == null) id = "partnership:" + String.join("+", parties) + ":" + kind + ":" + valid.from();
        if (parties.size() < 2) return;
        addRelationship(p, new Relationship.Partnership(id, List.copyOf(parties), kind, p.text("label"), instrument, valid,
                citations, new Origin(p.file, p.line())));
    }

    private void readAffiliation(YamlRecord a) {
        a.allowOnly(union(CITATION_KEYS, Set.of("person", "organisation", "role", "since", "until", "note")), "an affiliation");
        String person = a.required("person", "an affiliation");
        String org = a.required("organisation", "an affiliation");
        if (person != null) ref(a, "person", person, "person", Set.of(EntityType.PERSON));
        if (org != null) ref(a, "organisation", org, "organisation", null);
        Interval valid = interval(a, "since", "until");
        List<Citation> citations = citations(a, "affiliation");
        if (person == null || org == null) return;
        addRelationship(a, new Relationship.Affiliation("affiliation:" + person + ":" + org + ":" + valid.from(), person, org,
                a.text("role"), valid, citations, new Origin(a.file, a.line())));
    }

    private void readParent(YamlRecord p) {
        p.allowOnly(union(CITATION_KEYS, Set.of("child", "parent", "relation", "since", "until", "note")), "a parent record");
        String child = p.required("child", "a parent record");
        String parent = p.required("parent", "a parent record");
        if (child != null) ref(p, "child", child, "child", null);
        if (parent != null) ref(p, "parent", parent, "parent", null);
        String relation = p.text("relation");
        if (relation == null) relation = "subordinate";
        Interval valid = interval(p, "since", "until");
        List<Citation> citations = citations(p, "parent record");
        if (child == null || parent == null) return;
        addRelationship(p, new Relationship.ParentLink("parent:" + child + ":" + parent + ":" + valid.from(), child, parent,
                relation, valid, citations, new Origin(p.file, p.line())));
    }

    private void addRelationship(YamlRecord r, Relationship rel) {
        if (!relationshipIds.add(rel.id())) { r.problem("duplicate " + rel.kind() + " record (" + rel.id() + ")"); return; }
        relationships.add(rel);
    }

    // ---------------------------------------------------------------- shared field readers

    private PartialDate date(YamlRecord r, String key) {
        String t = r.text(key);
        if (t == null) return null;
        try {
            return PartialDate.parse(t);
        } catch (IllegalArgumentException e) {
            r.problem(key, e.getMessage() + " in field '" + key + "'");
            return null;
        }
    }

    private Interval interval(YamlRecord r, String fromKey, String untilKey) {
        PartialDate from = date(r, fromKey), until = date(r, untilKey);
        Interval i = new Interval(from, until);
        if (i.isInverted()) r.problem(untilKey, "'" + untilKey + "' " + until + " is before '" + fromKey + "' " + from);
        return i;
    }

    private List<Citation> citations(YamlRecord r, String what) {
        List<Citation> out = new ArrayList<>();
        String single = r.text("source");
        if (single != null) {
            out.add(citation(r, single));
        } else if (!r.has("sources")) {
            for (String k : LOCATOR_KEYS) if (r.has(k)) r.problem(k, "'" + k + "' given without 'source'");
        }
        for (YamlRecord c : r.records("sources")) {
            c.allowOnly(union(LOCATOR_KEYS, Set.of("id")), "a citation");
            String id = c.required("id", "a citation");
            if (id != null) out.add(citation(c, id));
        }
        if (single != null && r.has("sources")) r.problem("sources", "give either source or sources, not both");
        if (out.isEmpty()) r.problem("missing source: every " + what + " must cite a registered source");
        return List.copyOf(out);
    }

    private Citation citation(YamlRecord r, String sourceId) {
        sourceRefs.add(new PendingRef(r.file, r.lineOf(r.has("source") ? "source" : "id"), sourceId, "source", null));
        Citation.LocatorKind kind = Citation.LocatorKind.NONE;
        String locator = "";
        int given = 0;
        for (String k : List.of("quote", "page", "section", "url")) {
            String v = r.text(k);
            if (v == null) continue;
            given++;
            kind = Citation.LocatorKind.valueOf(k.toUpperCase(Locale.ROOT));
            locator = v.replaceAll("\\s+", " ");
        }
        if (given > 1) r.problem("a citation takes one locator (quote, page, section or url); split it into a sources list");
        if (kind == Citation.LocatorKind.QUOTE && locator.length() > Citation.MAX_QUOTE_LENGTH) {
            r.problem("quote", "quote is " + locator.length() + " characters; at most " + Citation.MAX_QUOTE_LENGTH + " allowed");
        }
        return new Citation(sourceId, kind, locator);
    }

    private void ref(YamlRecord r, String key, String id, String what, Set<EntityType> types) {
        entityRefs.add(new PendingRef(r.file, r.lineOf(key), id, what, types));
    }

    private void resolveReferences() {
        for (PendingRef p : entityRefs) {
            Entity e = entities.get(p.id());
            if (e == null) {
                if (!idOrigins.containsKey(p.id())) problems.add(p.file(), p.line(), "unknown id '" + p.id() + "' (" + p.what() + ")");
            } else if (p.types() != null && !p.types().contains(e.type())) {
                problems.add(p.file(), p.line(), "'" + p.id() + "' is a " + e.type().key() + " but a " + p.what() + " must be a "
                        + String.join(" or ", p.types().stream().map(EntityType::key).sorted().toList()));
            }
        }
        for (PendingRef p : sourceRefs) {
            if (!sources.containsKey(p.id())) problems.add(p.file(), p.line(), "unknown source '" + p.id() + "' (register it under data/sources/)");
        }
        for (PendingSubjectCheck c : subjectChecks) {
            Entity e = entities.get(c.subject());
            if (e != null && !c.property().subjects().contains(e.type().key())) {
                problems.add(c.file(), c.line(), "property '" + c.property().id() + "' does not apply to a " + e.type().key()
                        + " (only " + String.join(", ", c.property().subjects()) + ")");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Set<String> union(Set<String> a, Set<String> b) { Set<String> s = new HashSet<>(a); s.addAll(b); return Set.copyOf(s); }
    private static Set<String> minus(Set<String> a, String... drop) { Set<String> s = new HashSet<>(a); for (String d : drop) s.remove(d); return Set.copyOf(s); }

    private static MessageDigest sha256() {
        try { return MessageDigest.getInstance("SHA-256"); } catch (NoSuchAlgorithmException e) { throw new IllegalStateException(e); }
    }

    static String shortHash(String... parts) {
        MessageDigest d = sha256();
        for (String p : parts) { d.update(p.getBytes(StandardCharsets.UTF_8)); d.update((byte) 0x1f); }
        return HexFormat.of().formatHex(d.digest(), 0, 6);
    }
}
