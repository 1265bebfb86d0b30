package org.astropol.web;

import io.javalin.http.Context;
import org.astropol.analysis.Alignment;
import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.TieLayers;
import org.astropol.analysis.InstitutionalDensity;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.imports.ResolutionVotes;
import org.astropol.imports.AlignmentAnswers;
import org.astropol.imports.AlignmentVotes;
import org.astropol.imports.RecordedVotes;
import org.astropol.model.RollCall;
import org.astropol.store.RollCallTables;
import org.astropol.ingest.SearchIndex;
import org.astropol.ingest.DocumentStore;
import org.astropol.ingest.StoredDocuments;
import org.astropol.model.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The analyses, imports and documents as the API and the pages ask for them: query parameters are read and checked
 * here, and the answer comes from the same classes the command line uses (analysis, imports, ingest), so the
 * shapes are the same as {@code ./astropol network|tiers|firsts|density|compare|vote|alignment|search --format json}.
 */
final class Analytics {
    static final List<String> NETWORK_KINDS = List.of("co-member", "co-party", "member-of", "partnership");
    static final List<String> DEFAULT_ALIGNMENT_STATES = List.of("CHN", "FRA", "GBR", "RUS", "USA", "IND", "JPN", "DEU", "BRA", "IRN");

    private final KnowledgeBase kb;
    private final Db db;
    private final SpacePowerIndex.Config tiersConfig;
    private final CooperationNetwork.Config networkConfig;
    private final Map<String, Object> memo = new ConcurrentHashMap<>();
    private final Object indexLock = new Object();

    Analytics(KnowledgeBase kb, Db db, SpacePowerIndex.Config tiersConfig, CooperationNetwork.Config networkConfig) {
        this.kb = kb;
        this.db = db;
        this.tiersConfig = tiersConfig;
        this.networkConfig = networkConfig;
    }

    KnowledgeBase kb() { return kb; }

    SpacePowerIndex.Config tiersConfig() { return tiersConfig; }

    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> f) {
        Object v = memo.get(key);
        if (v != null) return (T) v;
        T t = f.get();
        if (memo.size() >= 32) memo.clear();   // bounded: answers are recomputed when many distinct questions come in
        memo.put(key, t);
        return t;
    }

    /** build_info.data_hash of the database the server reads (the hash of data/ it was built from), or null without one. */
    String dataHash() {
        return db.read("data-hash", c -> org.astropol.store.KnowledgeBaseReader.buildInfo(c, "data_hash"), null);
    }

    // ---------------------------------------------------------------- network

    /** asOf, or year (its 31 December; the current year means today). */
    static LocalDate networkDay(Context ctx) {
        Integer year = Params.integer(ctx, "year", 1900, 2100);
        if (year != null && ctx.queryParam("asOf") != null) throw ApiException.badRequest("give either 'year' or 'asOf', not both");
        if (year == null) return Params.asOf(ctx, "asOf");
        return year == LocalDate.now().getYear() ? LocalDate.now() : LocalDate.of(year, 12, 31);
    }

    /**
     * halfLife, weight.KIND, exclude=GROUP,..., layers=LAYER,..., alpha, runs, nullDraws, seed and blocs=A,B as
     * {@code network --half-life --weight --exclude --layers --alpha --runs --null-draws --seed --blocs}, over the
     * configured defaults (config/network.yaml).
     */
    CooperationNetwork.Config networkConfig(Context ctx) {
        var base = networkConfig;
        Map<String, Double> kw = new HashMap<>(base.kindWeights());
        for (var e : Params.prefixedNumbers(ctx, "weight").entrySet()) {
            if (!kw.containsKey(e.getKey())) throw ApiException.badRequest("parameter 'weight." + e.getKey() + "': unknown tie kind (known: " + String.join(", ", NETWORK_KINDS) + ")");
            kw.put(e.getKey(), e.getValue());
        }
        Double hl = Params.number(ctx, "halfLife", 0, 1000);
        Double alpha = Params.number(ctx, "alpha", 0, 1);
        Integer runs = Params.integer(ctx, "runs", 1, 1000);
        Integer nullDraws = Params.integer(ctx, "nullDraws", 2, 1000);
        Integer seed = Params.integer(ctx, "seed", Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<String> layers = list(Params.string(ctx, "layers")), blocs = list(Params.string(ctx, "blocs"));
        try {
            if (blocs != null) for (String b : blocs) if (kb.findEntity(b).isEmpty()) throw new IllegalArgumentException("blocs: unknown id '" + b + "'");
            return new CooperationNetwork.Config(kw, hl == null ? base.halfLifeYears() : hl, Set.copyOf(list(Params.string(ctx, "exclude"), List.of())),
                    layers == null ? base.layers() : TieLayers.parseLayers(layers), base.tieLayers(), alpha == null ? base.alpha() : alpha,
                    base.backboneMethod(), base.correction(),
                    runs == null ? base.runs() : runs, nullDraws == null ? base.nullDraws() : nullDraws, seed == null ? base.seed() : seed,
                    blocs == null ? base.blocs() : blocs);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("network parameters: " + e.getMessage());
        }
    }

    private static List<String> list(String csv) {
        return csv == null ? null : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> list(String csv, List<String> absent) { return csv == null ? absent : list(csv); }

    CooperationNetwork.Result network(LocalDate day, CooperationNetwork.Config cfg) {
        return memo("network\u0000" + day + "\u0000" + cfg.key(), () -> CooperationNetwork.of(kb, day, cfg));
    }

    /** As {@code network --by-year}: the blocs' polarisation year by year. */
    List<CooperationNetwork.YearPolarisation> polarisationByYear(LocalDate day, CooperationNetwork.Config cfg) {
        return memo("polarisation\u0000" + day + "\u0000" + cfg.key(), () -> CooperationNetwork.polarisationByYear(kb, day, cfg));
    }

    // ---------------------------------------------------------------- tiers

    /** The configured weights with weight.INDICATOR overrides. */
    SpacePowerIndex.Config tiersConfig(Context ctx) {
        try {
            return tiersConfig.withWeights(Params.prefixedNumbers(ctx, "weight"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter weight.*: " + e.getMessage());
        }
    }

    SpacePowerIndex.Result tiers(LocalDate day, SpacePowerIndex.Config cfg) {
        return memo("tiers\u0000" + day + "\u0000" + new java.util.TreeMap<>(cfg.weights()), () -> SpacePowerIndex.of(kb, day, cfg));
    }

    // ---------------------------------------------------------------- density

    /** programmes=a,b:LEADER as {@code density a b:LEADER}: {"asOf", "programmes": [...]}. */
    Map<String, Object> density(List<String> ids, LocalDate day, int cap) {
        List<InstitutionalDensity.Result> rs = new ArrayList<>();
        for (String id : ids) {
            int colon = id.indexOf(':');
            rs.add(colon < 0 ? InstitutionalDensity.of(kb, id, day, null, cap)
                    : InstitutionalDensity.of(kb, id.substring(0, colon), day, id.substring(colon + 1), cap));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", day.toString());
        m.put("programmes", rs);
        return m;
    }

    // ---------------------------------------------------------------- UN votes

    static String symbol(String s) {
        if (s == null || s.isBlank() || s.length() > 80 || !s.matches("[A-Za-z0-9/.()\\- ]+")) throw ApiException.badRequest("malformed resolution symbol");
        return ResolutionVotes.symbol(s);
    }

    /** As {@code vote SYMBOL}: the curated recorded votes, compared with an import when present; 404 when neither holds it. */
    RecordedVotes.Answer vote(String rawSymbol) {
        String sym = symbol(rawSymbol);
        RecordedVotes.Answer r = db.read("vote\u0000" + sym, c -> RecordedVotes.find(c, sym), null);
        if (!db.present()) throw ApiException.notFound("no database yet: run `astropol build`");
        if (r == null) throw ApiException.notFound("no recorded vote on " + sym + " in data/votes or the imported UN votes");
        return r;
    }

    /** Every curated roll call (data/votes), oldest first; none without a database. */
    List<RollCall> rollCalls() {
        return db.read("roll-calls", c -> RollCallTables.read(c, null), List.of());
    }

    /** The space resolutions of the imported roll calls (none without a database or vote tables). */
    List<ResolutionVotes.SpaceResolution> spaceResolutions() {
        return db.read("space-resolutions", ResolutionVotes::spaceResolutions, List.of());
    }

    static String topic(Context ctx) {
        String t = Params.string(ctx, "topic");
        if (t != null && !t.matches("[A-Za-z0-9_\\-]{1,64}")) throw ApiException.badRequest("parameter 'topic' must be space, space-security or a topic such as paros");
        return t;
    }

    /**
     * The votes an alignment question reads (curated space votes, or the import for other topics), read once per
     * version of the database file (all imported roll calls are close to a million rows).
     */
    AlignmentVotes.Loaded voteRecords(String topic, LocalDate from, LocalDate to) {
        if (!db.present()) throw ApiException.notFound("no database yet: run `astropol build`");
        return db.read(String.join("\u0000", "votes", String.valueOf(topic), String.valueOf(from), String.valueOf(to)), c -> {
            try {
                return AlignmentVotes.load(c, topic, from, to, false);
            } catch (IllegalArgumentException e) {
                throw ApiException.notFound(e.getMessage());
            }
        }, null);
    }

    // the answers are kept per version of the database too: over all imported roll calls one pair takes seconds of CPU

    /** As {@code alignment A B --format json}. */
    Map<String, Object> alignment(String a, String b, String topic, LocalDate from, LocalDate day) {
        List<String> ids = List.of(a.toUpperCase(java.util.Locale.ROOT), b.toUpperCase(java.util.Locale.ROOT));
        if (!db.present()) throw ApiException.notFound("no database yet: run `astropol build`");
        return db.read(String.join("\u0000", "alignment", ids.get(0), ids.get(1), String.valueOf(topic), String.valueOf(from), day.toString()),
                c -> AlignmentAnswers.pair(voteRecords(topic, from, day), kb, new AlignmentAnswers.Question(ids, topic, from, day, true), false), null);
    }

    /** As {@code alignment --by-year A B --format json}. */
    Map<String, Object> alignmentByYear(String a, String b, String topic, LocalDate from, LocalDate day) {
        List<String> ids = List.of(a.toUpperCase(java.util.Locale.ROOT), b.toUpperCase(java.util.Locale.ROOT));
        if (!db.present()) throw ApiException.notFound("no database yet: run `astropol build`");
        return db.read(String.join("\u0000", "alignment-by-year", ids.get(0), ids.get(1), String.valueOf(topic), String.valueOf(from), day.toString()),
                c -> AlignmentAnswers.byYear(voteRecords(topic, from, day), kb, new AlignmentAnswers.Question(ids, topic, from, day, true)), null);
    }

    /** As {@code alignment --matrix STATE... --format json}. */
    Map<String, Object> alignmentMatrix(List<String> states, String topic, LocalDate from, LocalDate day) {
        List<String> ids = states.stream().map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
        if (!db.present()) throw ApiException.notFound("no database yet: run `astropol build`");
        return db.read(String.join("\u0000", "alignment-matrix", String.join(",", ids), String.valueOf(topic), String.valueOf(from), day.toString()),
                c -> AlignmentAnswers.matrix(voteRecords(topic, from, day), kb, new AlignmentAnswers.Question(ids, topic, from, day, true)), null);
    }

    // ---------------------------------------------------------------- documents and search

    /** As {@code search QUERY --format json}: {"query", "hits"}; with "note" when nothing is ingested. */
    Map<String, Object> search(String q, String entity, String source, String year, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        String key = String.join("\u0000", "search", q, String.valueOf(entity), String.valueOf(source), String.valueOf(year), String.valueOf(limit));
        List<SearchIndex.Hit> hits = db.read(key, c -> {
            if (!DocumentStore.hasTables(c) || DocumentStore.fingerprint(c).startsWith("0:")) return null;
            SearchIndex index = new SearchIndex(SearchIndex.besideDatabase(db.file()));
            synchronized (indexLock) {
                index.ensureCurrent(c);
            }
            return index.search(q, entity, source, year, limit);
        }, null);
        m.put("hits", hits == null ? List.of() : hits);
        if (hits == null) m.put("note", "no documents ingested; run `astropol ingest PATH...` first");
        return m;
    }

    StoredDocuments.Document document(String id) {
        if (!StoredDocuments.wellFormedId(id)) throw ApiException.badRequest("malformed document id (8 to 64 lower-case hex digits)");
        StoredDocuments.Document d = db.read("document\u0000" + id, c -> {
            String full = StoredDocuments.resolve(c, id);
            return full == null ? null : StoredDocuments.document(c, full);
        }, null);
        if (d == null) throw ApiException.notFound("no ingested document '" + id + "'");
        return d;
    }

    StoredDocuments.Passages passages(String id) {
        String full = document(id).id();
        return db.read("passages\u0000" + full, c -> StoredDocuments.passages(c, full), null);
    }

    List<StoredDocuments.Document> documents() {
        return db.read("documents", StoredDocuments::all, List.of());
    }
}
