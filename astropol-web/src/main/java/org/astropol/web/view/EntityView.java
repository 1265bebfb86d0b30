package org.astropol.web.view;

import java.util.List;
import java.util.Map;

/**
 * An entity's profile as a briefing ({@code entity.jte}): headline figures, charts, badges, partners, alignment and
 * the latest timeline first, then every statement grouped by property. Each figure carries its footnote marks.
 *
 * @param asOf      the day the briefing answers for (ISO)
 * @param filter    the statement filter from the URL ({@code q}), or null
 * @param peers     the states whose vote alignment is shown, as given in the URL or chosen by default
 */
public record EntityView(Layout layout, String id, String name, String type, String kind, Ref country, String from, String until,
                         List<Mark> nameMarks, List<NameRow> names, Map<String, String> attributes, String asOf, String filter,
                         List<Figure> headline, List<Event> firsts, List<Chart> charts, List<Badge> memberships, List<Badge> treaties,
                         List<Partner> partners, String partnersNote, Alignment alignment, List<Event> timeline,
                         OrganisationView organisation, GroupView group, List<PropertyGroup> properties, int statementCount,
                         String membersHref, List<SourceNote> notes) {

    public record NameRow(String name, String lang, String kind) {}

    /** A headline figure: what it is, its value, a line of detail (year, conversion), where it comes from. */
    public record Figure(String id, String label, String value, String detail, List<Mark> marks, String href) {}

    /** A membership or treaty action shown as a badge; {@code current} false when it ended before the day. */
    public record Badge(Ref target, String role, String from, String until, boolean current, List<Mark> marks) {}

    public record Partner(Ref ref, String weight, List<String> kinds, int records) {}

    public record Alignment(String topic, String peersParam, List<Peer> peers, String missing) {
        public record Peer(Ref ref, String score, int votes, int percent) {}
    }

    public record Event(String date, String kind, String summary, List<Mark> marks) {}

    /** For an organisation: parents and children over time, founders and where they come from. */
    public record OrganisationView(List<Link> parents, List<Link> children, List<Founder> founders) {
        public record Link(Ref ref, String relation, String from, String until, List<Mark> marks) {}
        public record Founder(Ref ref, String role, String origin, String since, List<Mark> marks) {}
    }

    /** For a group or programme: its members over time (a chart), and the member states by region on the day. */
    public record GroupView(int states, int members, Map<String, Integer> regions, String membersHref) {}

    public record PropertyGroup(String property, String label, String section, List<Row> rows, String summary, boolean open) {}

    public record Row(String id, String value, String detail, List<Ref> refs, String role, String period, String status, String note, List<Mark> marks, String origin) {}

    public boolean isState() { return "state".equals(type); }

    /** The property groups of one section (status, cooperation or challenges), in the page's order. */
    public List<PropertyGroup> in(String section) { return properties.stream().filter(g -> g.section().equals(section)).toList(); }

    public int rowsIn(String section) { return in(section).stream().mapToInt(g -> g.rows().size()).sum(); }

    /** This page's path, without query. */
    public String path() { return new Ref(id, name).href(); }

    /** This page's URL with its view state and the given extra query (already encoded), e.g. {@code format=csv&table=statements}. */
    public String self(String extra) {
        StringBuilder b = new StringBuilder(path()).append("?asOf=").append(asOf);
        if (filter != null) b.append("&q=").append(java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8));
        if (alignment != null && alignment.peersParam() != null) b.append("&peers=").append(java.net.URLEncoder.encode(alignment.peersParam(), java.nio.charset.StandardCharsets.UTF_8));
        return extra == null || extra.isEmpty() ? b.toString() : b.append('&').append(extra).toString();
    }
}
