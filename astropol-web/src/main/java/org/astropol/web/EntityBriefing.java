package org.astropol.web;

import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.EntityProfile;
import org.astropol.analysis.EntityProfile.StatementView;
import org.astropol.analysis.Firsts;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SourceRef;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.analysis.Timeline;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PropertyDefinition;
import org.astropol.web.view.Chart;
import org.astropol.web.view.EntityView;
import org.astropol.web.view.Layout;
import org.astropol.web.view.Mark;
import org.astropol.web.view.Ref;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.astropol.web.Html.url;

/**
 * An entity's profile as a briefing: the figures a reader asks first (budget in USD, launches, spacecraft, tier,
 * firsts), charts of its time series, memberships and treaty status, partners, vote alignment and the latest
 * timeline, then every statement grouped by property. Every figure is computed from cited statements and keeps
 * their footnotes; each chart and table is also a CSV download ({@link #tables}).
 */
final class EntityBriefing {
    static final List<String> BUDGETS = List.of("space-budget", "civil-space-budget", "military-space-budget");
    static final String RATE = "usd-exchange-rate", LAUNCHES = "orbital-launches", SUCCESSES = "successful-orbital-launches",
            SPACECRAFT = "satellites-in-orbit";
    static final String ALIGNMENT_TOPIC = "space-security";
    private static final int PARTNERS = 8, TIMELINE = 8, PEERS = 5, LAUNCH_WINDOW = 10;

    /** The page and its downloads: table name → rows. */
    record Result(EntityView view, Map<String, CsvDownload> tables) {}

    private final KnowledgeBase kb;
    private final Analytics analytics;
    private final Footnotes notes;
    private final LocalDate day;
    private final String filter;
    private final List<String> peers;
    private final EntityProfile.Profile p;
    private final Map<String, CsvDownload> tables = new LinkedHashMap<>();

    private EntityBriefing(KnowledgeBase kb, Analytics analytics, Documents documents, String id, LocalDate day, String filter, List<String> peers) {
        this.kb = kb;
        this.analytics = analytics;
        this.notes = new Footnotes(documents);
        this.day = day;
        this.filter = filter == null || filter.isBlank() ? null : filter.trim();
        this.peers = peers;
        this.p = EntityProfile.of(kb, id);
    }

    /**
     * @param analytics null in tests of the page alone: then no tier, partners or alignment
     * @param peers     states to compare votes with, or null for the default set
     */
    static Result of(KnowledgeBase kb, Analytics analytics, Documents documents, String id, LocalDate day, String filter, List<String> peers) {
        return new EntityBriefing(kb, analytics, documents, id, day, filter, peers).build();
    }

    private Result build() {
        List<Mark> nameMarks = notes.marks(p.sources());
        boolean state = p.type().equals("state");
        List<EntityView.Figure> headline = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        List<EntityView.Event> firsts = List.of();
        if (state) {
            budgetFigure().ifPresent(headline::add);
            launchFigure().ifPresent(headline::add);
            latestFigure(SPACECRAFT, "Spacecraft operated").ifPresent(headline::add);
            tierFigure().ifPresent(headline::add);
            firsts = firsts();
            charts.add(launchChart());
            charts.add(budgetChart());
        }
        EntityView.GroupView group = group(charts);
        List<EntityView.Badge> memberships = badges(Set.of("member-of")), treaties = badges(Set.of("party-to"));
        List<EntityView.Partner> partners = new ArrayList<>();
        String partnersNote = partners(partners);
        EntityView.Alignment alignment = state ? alignment() : null;
        List<EntityView.Event> timeline = timeline();
        EntityView.OrganisationView org = p.type().equals("organisation") ? organisation() : null;
        List<EntityView.PropertyGroup> groups = propertyGroups();
        tables.put("statements", statementsTable());
        boolean hasMembers = p.statements().stream().anyMatch(s -> s.property().equals("has-member") || s.property().equals("has-party"));
        var view = new EntityView(Layout.titled(p.name()), p.id(), p.name(), p.type(), p.kind(), p.country() == null ? null : ref(p.country()), p.from(), p.until(),
                nameMarks, p.names().stream().map(n -> new EntityView.NameRow(n.name(), n.lang(), n.kind())).toList(), new TreeMap<>(p.attributes()),
                day.toString(), filter, headline, firsts, charts, memberships, treaties, partners, partnersNote, alignment, timeline, org, group, groups,
                p.statements().size(), hasMembers ? "/members/" + url(p.id()) + "?asOf=" + day : null, notes.notes());
        return new Result(view, tables);
    }

    // ---------------------------------------------------------------- headline figures

    /** The latest budget by the day, in its currency and in USD at the usd-exchange-rate statement of its year. */
    private java.util.Optional<EntityView.Figure> budgetFigure() {
        StatementView best = null;
        for (StatementView s : p.statements()) {
            if (!BUDGETS.contains(s.property()) || !(s.value() instanceof BigDecimal) || !usable(s) || year(s) == null || year(s) > day.getYear()) continue;
            if (best == null || year(s) > year(best) || year(s).equals(year(best)) && BUDGETS.indexOf(s.property()) < BUDGETS.indexOf(best.property())) best = s;
        }
        if (best == null) return java.util.Optional.empty();
        String currency = currency(best);
        List<SourceRef> sources = new ArrayList<>(best.sources());
        String detail = label(best.property()) + ", " + year(best);
        StatementView rate = "USD".equals(currency) ? null : rate(currency, year(best));
        String value = money((BigDecimal) best.value(), currency);
        if (rate != null) {
            BigDecimal usd = ((BigDecimal) best.value()).divide((BigDecimal) rate.value(), MathContext.DECIMAL64);
            value = money(usd, "USD");
            detail += ": " + money((BigDecimal) best.value(), currency) + " at " + rate.value() + " " + currency + " per USD (" + year(best) + " average)";
            sources.addAll(rate.sources());
        } else if (!"USD".equals(currency)) {
            detail += "; no " + currency + " rate for " + year(best) + " in the data, not converted";
        }
        return java.util.Optional.of(new EntityView.Figure("budget", "Latest space budget", value, detail, notes.marks(sources), null));
    }

    private StatementView rate(String currency, int year) {
        return p.statements().stream().filter(s -> s.property().equals(RATE) && usable(s) && s.value() instanceof BigDecimal && year(s) != null && year(s) == year
                && currency.equals(currency(s))).findFirst().orElse(null);
    }

    /** Orbital launch attempts in the ten calendar years ending with the day's year. */
    private java.util.Optional<EntityView.Figure> launchFigure() {
        Map<Integer, StatementView> byYear = perYear(LAUNCHES);
        if (byYear.isEmpty()) return java.util.Optional.empty();
        int last = day.getYear(), first = last - LAUNCH_WINDOW + 1;
        BigDecimal sum = BigDecimal.ZERO;
        List<SourceRef> sources = new ArrayList<>();
        int latestData = 0;
        for (var e : byYear.entrySet()) {
            if (e.getKey() < first || e.getKey() > last) continue;
            sum = sum.add((BigDecimal) e.getValue().value());
            latestData = Math.max(latestData, e.getKey());
            sources.addAll(e.getValue().sources());
        }
        sources = span(sources, LAUNCHES + " statements, " + first + "–" + last);
        String detail = "orbital launch attempts " + first + "–" + last + (latestData > 0 && latestData < last ? " (data to " + latestData + ")" : "");
        return java.util.Optional.of(new EntityView.Figure("launches", "Launches in ten years", Pages.number(sum), detail, notes.marks(sources), "#chart-launches"));
    }

    /** The latest statement of a count (by its start, by the day). */
    private java.util.Optional<EntityView.Figure> latestFigure(String property, String label) {
        return p.statements().stream().filter(s -> s.property().equals(property) && usable(s) && s.value() instanceof BigDecimal && started(s))
                .max(Comparator.comparing((StatementView s) -> s.from() == null ? "" : s.from()))
                .map(s -> new EntityView.Figure(property, label, Pages.number((BigDecimal) s.value()), (s.from() == null ? "" : s.from() + " · ") + label(property)
                        + (s.note() == null ? "" : ": " + s.note()), notes.marks(s.sources()), null));
    }

    private java.util.Optional<EntityView.Figure> tierFigure() {
        if (analytics == null) return java.util.Optional.empty();
        SpacePowerIndex.Result r = analytics.tiers(day, analytics.tiersConfig());
        return r.states().stream().filter(s -> s.id().equals(p.id())).findFirst().map(s -> new EntityView.Figure("tier", "Space-power tier",
                "Tier " + s.tier() + " · rank " + s.rank(), "rank interval " + s.rankInterval()[0] + "–" + s.rankInterval()[1] + " over " + r.draws()
                + " redraws of the weights; score " + String.format(Locale.ROOT, "%.1f", s.score()) + " of 100 among " + r.states().size() + " states",
                List.of(), "/tiers?asOf=" + day));
    }

    private List<EntityView.Event> firsts() {
        List<EntityView.Event> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String cap : Firsts.KNOWN) {
            Firsts.Achiever a = Firsts.byState(kb, cap, day).get(p.id());
            if (a == null) continue;
            out.add(new EntityView.Event(a.date(), cap, kb.nameOf(a.event()) + ("disputed".equals(a.status()) ? " (disputed)" : ""), notes.marks(a.sources())));
            rows.add(List.of(cap, a.date(), a.status(), String.join(";", a.events()), ids(a.sources())));
        }
        out.sort(Comparator.comparing(EntityView.Event::date));
        tables.put("firsts", new CsvDownload("firsts", List.of("capability", "date", "status", "records", "sources"), rows));
        return out;
    }

    // ---------------------------------------------------------------- charts

    private Chart launchChart() {
        List<Chart.Series> series = List.of(yearSeries(LAUNCHES, "Launch attempts", "k0"), yearSeries(SUCCESSES, "Successful launches", "k1"));
        return chart("chart-launches", "Orbital launches per year", "bars", "launches", series);
    }

    /** Budgets converted to USD at each year's rate (a budget without a rate for its year stays in the statement table). */
    private Chart budgetChart() {
        List<Chart.Series> series = new ArrayList<>();
        int k = 0;
        for (String property : BUDGETS) {
            List<Chart.Point> points = new ArrayList<>();
            for (var e : perYear(property).entrySet()) {
                StatementView s = e.getValue();
                String currency = currency(s);
                BigDecimal amount = (BigDecimal) s.value();
                List<String> records = new ArrayList<>(List.of(s.id()));
                List<SourceRef> sources = new ArrayList<>(s.sources());
                String label = money(amount, currency);
                if (!"USD".equals(currency)) {
                    StatementView rate = currency == null ? null : rate(currency, e.getKey());
                    if (rate == null) continue;
                    amount = amount.divide((BigDecimal) rate.value(), MathContext.DECIMAL64);
                    records.add(rate.id());
                    sources.addAll(rate.sources());
                    label = money(amount, "USD") + " (" + label + ")";
                }
                points.add(new Chart.Point(String.valueOf(e.getKey()), amount.doubleValue(), label, records, sourceIds(sources)));
            }
            if (!points.isEmpty()) series.add(new Chart.Series(label(property), "k" + k, points));
            k++;
        }
        return chart("chart-budgets", "Space budgets in US dollars", "lines", "USD, converted at the year's average rate", series);
    }

    private Chart.Series yearSeries(String property, String label, String cls) {
        List<Chart.Point> points = new ArrayList<>();
        perYear(property).forEach((y, s) -> points.add(new Chart.Point(String.valueOf(y), ((BigDecimal) s.value()).doubleValue(), null, List.of(s.id()), sourceIds(s.sources()))));
        return new Chart.Series(label, cls, points);
    }

    private Chart chart(String id, String title, String kind, String unit, List<Chart.Series> series) {
        String csv = "/entity/" + url(p.id()) + "?" + query(Map.of("format", "csv", "table", id));
        Chart c = ChartData.of(id, title, kind, unit, series, csv, day, analytics == null ? null : analytics.dataHash());
        tables.put(id, CsvDownload.of(c));
        return c;
    }

    /** One statement per year of a yearly quantity (the first asserted one; others stay in the statement table), by the day. */
    private Map<Integer, StatementView> perYear(String property) {
        Map<Integer, StatementView> out = new TreeMap<>();
        for (StatementView s : p.statements()) {
            if (!s.property().equals(property) || !(s.value() instanceof BigDecimal) || !usable(s)) continue;
            Integer y = year(s);
            if (y == null || y > day.getYear()) continue;
            out.putIfAbsent(y, s);
        }
        return out;
    }

    // ---------------------------------------------------------------- groups and organisations

    private EntityView.GroupView group(List<Chart> charts) {
        boolean hasMembers = p.statements().stream().anyMatch(s -> s.property().equals("has-member") || s.property().equals("has-party"));
        if (!hasMembers) return null;
        MembersQuery.Members m = MembersQuery.of(kb, p.id(), day);
        var series = MembershipSeries.of(kb, p.id(), day);
        List<Chart.Point> states = new ArrayList<>(), all = new ArrayList<>();
        for (var pt : series.points()) {
            states.add(new Chart.Point(pt.date(), pt.states(), null, List.of(), List.of()));
            all.add(new Chart.Point(pt.date(), pt.count(), null, List.of(), List.of()));
        }
        charts.add(chart("chart-members", "Members over time", "steps", "members", List.of(new Chart.Series("Member states", "k0", states),
                new Chart.Series("All members", "k1", all))));
        Map<String, Integer> regions = MembershipSeries.regions(kb, m);
        tables.put("regions", CsvDownload.regions(regions));
        return new EntityView.GroupView(m.states(), m.count(), regions, "/members/" + url(p.id()) + "?asOf=" + day);
    }

    private EntityView.OrganisationView organisation() {
        List<EntityView.OrganisationView.Link> parents = new ArrayList<>(), children = new ArrayList<>();
        List<EntityView.OrganisationView.Founder> founders = new ArrayList<>();
        for (StatementView s : p.statements()) {
            switch (s.property()) {
                case "parent-organisation" -> parents.add(new EntityView.OrganisationView.Link(ref(String.valueOf(s.value())), s.role(), s.from(), s.until(), notes.marks(s.sources())));
                case "child-organisation" -> children.add(new EntityView.OrganisationView.Link(ref(String.valueOf(s.value())), s.role(), s.from(), s.until(), notes.marks(s.sources())));
                case "has-member", "founder" -> {
                    boolean founding = s.property().equals("founder") || s.role() != null && s.role().toLowerCase(Locale.ROOT).contains("found");
                    if (founding) {
                        String id = String.valueOf(s.value());
                        founders.add(new EntityView.OrganisationView.Founder(ref(id), s.role(), origin(id), s.from(), notes.marks(s.sources())));
                    }
                }
                default -> { }
            }
        }
        Comparator<EntityView.OrganisationView.Link> byStart = Comparator.comparing(l -> l.from() == null ? "" : l.from());
        parents.sort(byStart);
        children.sort(byStart);
        if (parents.isEmpty() && children.isEmpty() && founders.isEmpty()) return null;
        return new EntityView.OrganisationView(parents, children, founders);
    }

    /** Where a founder comes from: a state's region, else the country of an organisation or person. */
    private String origin(String id) {
        Entity e = kb.entity(id).orElse(null);
        if (e == null) return null;
        if (e.type() == EntityType.STATE) return e.attribute("region").orElse(null);
        return e.country() == null ? null : kb.nameOf(e.country());
    }

    // ---------------------------------------------------------------- memberships, partners, alignment, timeline

    private List<EntityView.Badge> badges(Set<String> properties) {
        List<EntityView.Badge> out = new ArrayList<>();
        for (StatementView s : p.statements()) {
            if (!properties.contains(s.property()) || !started(s)) continue;
            boolean current = s.until() == null || s.until().compareTo(day.toString()) >= 0;
            out.add(new EntityView.Badge(ref(String.valueOf(s.value())), s.role(), s.from(), s.until(), current, notes.marks(s.sources())));
        }
        out.sort(Comparator.comparing((EntityView.Badge b) -> !b.current()).thenComparing(b -> b.from() == null ? "" : b.from()));
        return out;
    }

    /** The entity's strongest ties in the cooperation network on the day; returns a note when it has none. */
    private String partners(List<EntityView.Partner> out) {
        if (analytics == null) return "No network in this view.";
        CooperationNetwork.Result net = analytics.network(day, CooperationNetwork.Config.defaults());
        List<CooperationNetwork.Edge> mine = net.edges().stream().filter(e -> e.source().equals(p.id()) || e.target().equals(p.id()))
                .sorted(Comparator.comparingDouble(CooperationNetwork.Edge::weight).reversed().thenComparing(e -> other(e))).toList();
        List<List<String>> rows = new ArrayList<>();
        for (var e : mine) rows.add(List.of(other(e), kb.nameOf(other(e)), CsvDownload.plain(e.weight()), String.join(";", e.kinds()), String.join(";", e.records())));
        tables.put("partners", new CsvDownload("partners", List.of("partner", "name", "weight", "kinds", "records"), rows));
        for (var e : mine.subList(0, Math.min(PARTNERS, mine.size()))) {
            out.add(new EntityView.Partner(ref(other(e)), String.format(Locale.ROOT, "%.1f", e.weight()), e.kinds(), e.records().size()));
        }
        return mine.isEmpty() ? "No ties in the cooperation network as of " + net.asOf() + "." : mine.size() + " partners in all as of " + net.asOf() + ".";
    }

    private String other(CooperationNetwork.Edge e) { return e.source().equals(p.id()) ? e.target() : e.source(); }

    private EntityView.Alignment alignment() {
        List<String> with = peers != null ? peers : Analytics.DEFAULT_ALIGNMENT_STATES.stream()
                .filter(s -> !s.equals(p.id()) && kb.entity(s).isPresent()).limit(PEERS).toList();
        String param = String.join(",", with);
        if (analytics == null) return new EntityView.Alignment(ALIGNMENT_TOPIC, param, List.of(), "No votes in this view.");
        List<String> states = new ArrayList<>(List.of(p.id()));
        with.stream().filter(s -> !s.equals(p.id())).forEach(states::add);
        Map<String, Object> m;
        try {
            m = analytics.alignmentMatrix(states, ALIGNMENT_TOPIC, null, day);
        } catch (ApiException e) {
            if (e.status() != 404) throw e;
            return new EntityView.Alignment(ALIGNMENT_TOPIC, param, List.of(), e.getMessage());
        }
        @SuppressWarnings("unchecked") List<Map<String, Object>> pairs = (List<Map<String, Object>>) m.get("pairs");
        List<EntityView.Alignment.Peer> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (var pair : pairs) {
            String a = String.valueOf(pair.get("a")), b = String.valueOf(pair.get("b"));
            if (!a.equals(p.id()) && !b.equals(p.id())) continue;
            String peer = a.equals(p.id()) ? b : a;
            Double score = (Double) pair.get("score");
            int votes = ((Number) pair.get("votes")).intValue();
            out.add(new EntityView.Alignment.Peer(ref(peer), score == null ? "–" : String.format(Locale.ROOT, "%.2f", score), votes,
                    score == null ? 0 : (int) Math.round(score * 100)));
            rows.add(List.of(peer, score == null ? "" : String.valueOf(score), String.valueOf(votes), ALIGNMENT_TOPIC, String.valueOf(m.get("data"))));
        }
        tables.put("alignment", new CsvDownload("alignment", List.of("peer", "score", "votes", "topic", "data"), rows));
        return new EntityView.Alignment(ALIGNMENT_TOPIC, param, out, out.isEmpty() ? "No common recorded votes." : null);
    }

    private List<EntityView.Event> timeline() {
        List<Timeline.Entry> all = Timeline.of(kb, List.of(p.id())).events().stream().filter(e -> e.date().compareTo(day.toString()) <= 0).toList();
        List<List<String>> rows = new ArrayList<>();
        for (var e : all) rows.add(List.of(e.date(), e.kind(), e.summary(), e.record(), ids(e.sources())));
        tables.put("timeline", new CsvDownload("timeline", List.of("date", "kind", "summary", "records", "sources"), rows));
        List<EntityView.Event> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < TIMELINE; i--) {
            var e = all.get(i);
            out.add(new EntityView.Event(e.date(), e.kind(), e.summary(), notes.marks(e.sources())));
        }
        return out;
    }

    // ---------------------------------------------------------------- statements by property

    /** Properties shown first among the statements, in this order; the others follow by section, kind of value and name. */
    static final List<String> FIRST_PROPERTIES = List.of("space-budget", "civil-space-budget", "military-space-budget", "orbital-launches",
            "successful-orbital-launches", "satellites-in-orbit", "satellites-launched", "space-power-tier", "capability", "first-launch", "founded",
            "description", "policy-goal", "member-of", "party-to", "partner-of");

    private static int priority(String property) {
        int i = FIRST_PROPERTIES.indexOf(property);
        return i < 0 ? FIRST_PROPERTIES.size() : i;
    }

    private List<EntityView.PropertyGroup> propertyGroups() {
        Map<String, List<StatementView>> byProperty = new LinkedHashMap<>();
        List<StatementView> ordered = new ArrayList<>(p.statements());
        ordered.sort(Comparator.comparingInt((StatementView s) -> section(s).equals("status") ? 0 : section(s).equals("cooperation") ? 1 : 2)
                .thenComparingInt((StatementView s) -> priority(s.property())).thenComparingInt(Pages::statusOrder).thenComparing(StatementView::property));
        for (StatementView s : ordered) if (matches(s)) byProperty.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s);
        List<EntityView.PropertyGroup> out = new ArrayList<>();
        for (var e : byProperty.entrySet()) {
            List<StatementView> rows = new ArrayList<>(e.getValue());
            rows.sort(Comparator.comparing((StatementView s) -> s.from() == null ? "" : s.from()).reversed());
            List<EntityView.Row> shown = rows.stream().map(this::row).toList();
            EntityView.Row latest = shown.getFirst();
            String summary = rows.size() == 1 ? latest.value() : "latest " + (latest.period().isEmpty() ? "" : latest.period() + ": ") + latest.value();
            out.add(new EntityView.PropertyGroup(e.getKey(), label(e.getKey()), section(rows.getFirst()), shown, summary, filter != null || rows.size() <= 3));
        }
        return out;
    }

    private boolean matches(StatementView s) {
        if (filter == null) return true;
        String f = filter.toLowerCase(Locale.ROOT);
        return Stream.of(s.property(), label(s.property()), String.valueOf(s.value()), s.note(), s.role(), s.value() == null ? null : kb.nameOf(String.valueOf(s.value())))
                .anyMatch(x -> x != null && x.toLowerCase(Locale.ROOT).contains(f));
    }

    static String section(StatementView s) {
        if (Pages.CHALLENGES.contains(s.property())) return "challenges";
        if (Pages.COOPERATION.contains(s.property())) return "cooperation";
        return "status";
    }

    private EntityView.Row row(StatementView s) {
        String value, detail = null;
        List<Ref> refs = List.of();
        Object v = s.value();
        if (v instanceof BigDecimal d) {
            value = Pages.number(d) + (s.valueMax() != null ? "–" + Pages.number(s.valueMax()) : "") + (s.unit() != null ? " " + s.unit() : "");
            if (s.year() != null) detail = "(" + s.year() + (s.currency() != null ? " prices" : "") + ")";
        } else {
            value = String.valueOf(v);
            if (Pages.ENTITY_VALUED.contains(s.property()) || kb.entity(value).isPresent()) {
                refs = java.util.Arrays.stream(value.split(", ")).map(this::ref).toList();
            }
        }
        return new EntityView.Row(s.id(), value, detail, refs, s.role(), period(s.from(), s.until()), s.status(), s.note(), notes.marks(s.sources()), s.origin());
    }

    private CsvDownload statementsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (StatementView s : p.statements()) {
            if (!matches(s)) continue;
            rows.add(Stream.of(s.property(), String.valueOf(s.value()), s.valueMax() == null ? null : s.valueMax().toPlainString(), s.unit(),
                    s.year() == null ? null : String.valueOf(s.year()), s.role(), s.from(), s.until(), s.status(), s.id(), ids(s.sources()))
                    .map(x -> x == null ? "" : x).toList());
        }
        return new CsvDownload("statements", List.of("property", "value", "value_max", "unit", "year", "role", "from", "until", "status", "record", "sources"), rows);
    }

    // ---------------------------------------------------------------- helpers

    Ref ref(String id) { return Ref.of(kb, id); }

    private String label(String property) {
        return kb.property(property).map(PropertyDefinition::label).orElse(property);
    }

    /** Statements the briefing counts: asserted or disputed, not superseded or retracted. */
    private static boolean usable(StatementView s) { return !Set.of("superseded", "retracted", "rejected").contains(s.status()); }

    private boolean started(StatementView s) { return s.from() == null || s.from().compareTo(day.toString()) <= 0; }

    /** The year a yearly figure is for: its price year, else the year it starts. */
    private static Integer year(StatementView s) {
        if (s.year() != null) return s.year();
        if (s.from() == null || s.from().length() < 4) return null;
        try {
            return Integer.parseInt(s.from().substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String currency(StatementView s) { return s.currency() != null ? s.currency() : s.unit(); }

    /** 14,000,000,000 USD as "14 bn USD", 8,232,000,000 as "8.23 bn USD", 950,000,000 as "950 m USD". */
    static String money(BigDecimal v, String currency) {
        double d = v.doubleValue();
        String n = Math.abs(d) >= 1e9 ? Pages.number(v.divide(BigDecimal.valueOf(1_000_000_000L), new MathContext(3))) + " bn"
                : Math.abs(d) >= 1e6 ? Pages.number(v.divide(BigDecimal.valueOf(1_000_000L), new MathContext(3))) + " m" : Pages.number(v.round(new MathContext(6)));
        return n + (currency == null ? "" : " " + currency);
    }

    private static String period(String from, String until) {
        if (from == null && until == null) return "";
        if (from != null && from.equals(until)) return from;
        return (from == null ? "…" : from) + " – " + (until == null ? "" : until);
    }

    /**
     * One footnote per source for a figure added up from many statements (one per year, each with its own locator):
     * the locator then names the statements, which the chart's data table and CSV list one by one.
     */
    private static List<SourceRef> span(List<SourceRef> sources, String what) {
        Map<String, SourceRef> bySource = new LinkedHashMap<>();
        for (SourceRef s : sources) bySource.putIfAbsent(s.id(), new SourceRef(s.id(), s.title(), s.kind(), what, "section", s.url()));
        return List.copyOf(bySource.values());
    }

    private static String ids(List<SourceRef> sources) { return String.join(";", sourceIds(sources)); }

    private static List<String> sourceIds(List<SourceRef> sources) { return sources.stream().map(SourceRef::id).distinct().toList(); }

    /** The page's own query (as of, filter, peers) with the given parameters added: links keep the view's state. */
    private String query(Map<String, String> extra) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("asOf", day.toString());
        if (filter != null) q.put("q", filter);
        if (peers != null) q.put("peers", String.join(",", peers));
        q.putAll(extra);
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(url(k)).append('=').append(url(v)));
        return b.toString();
    }
}
