package org.astropol.web;

import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SourceRef;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Source;

import java.util.List;
import java.util.stream.Collectors;

/** Downloads: members as CSV, the source registry as BibTeX, the cooperation network as GraphML (for Gephi). */
public final class Exports {
    private Exports() {}

    public static String membersCsv(MembersQuery.Members m) {
        StringBuilder b = new StringBuilder("id,name,type,role,since,until,agentFor,sources\r\n");
        for (var x : m.members()) {
            b.append(String.join(",", List.of(csv(x.id()), csv(x.name()), csv(x.type()), csv(x.role()), csv(x.since()), csv(x.until()),
                    csv(x.agentFor()), csv(x.sources().stream().map(SourceRef::id).collect(Collectors.joining(";")))))).append("\r\n");
        }
        return b.toString();
    }

    /** RFC 4180 quoting; a cell starting with = + - @ gets a leading quote so spreadsheets do not run it as a formula. */
    static String csv(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    public static String bibtex(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder("% astropol source registry\n");
        for (Source s : kb.sources()) {
            String type = switch (s.kind()) {
                case "paper", "article" -> "article";
                case "book" -> "book";
                case "report" -> "techreport";
                default -> "misc";
            };
            b.append('@').append(type).append('{').append(s.id().replaceAll("[^A-Za-z0-9_:.-]", "_")).append(",\n");
            field(b, "title", s.title());
            if (s.authors() != null && !s.authors().isEmpty()) field(b, "author", String.join(" and ", s.authors()));
            field(b, type.equals("article") ? "journal" : type.equals("techreport") ? "institution" : "publisher", s.publisher());
            if (s.date() != null) {
                field(b, "year", String.valueOf(s.date().year()));
                if (s.date().month() > 0) field(b, "month", String.valueOf(s.date().month()));
            }
            field(b, "url", s.url());
            field(b, "doi", s.doi());
            if (s.accessed() != null) field(b, "urldate", s.accessed().toString());
            field(b, "note", s.kind());
            b.append("}\n\n");
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        if (value == null || value.isBlank()) return;
        b.append("  ").append(name).append(" = {").append(bibEscape(value)).append("},\n");
    }

    /** Braces and backslashes would break the entry; special characters are escaped for LaTeX. */
    static String bibEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String graphml(Network.Graph g) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                + "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
                + "  <key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"string\"/>\n"
                + "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                + "  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
                + "  <key id=\"since\" for=\"edge\" attr.name=\"since\" attr.type=\"string\"/>\n"
                + "  <key id=\"until\" for=\"edge\" attr.name=\"until\" attr.type=\"string\"/>\n");
        b.append("  <graph id=\"astropol\" edgedefault=\"undirected\">\n");
        b.append("    <!-- as of ").append(Html.esc(g.asOf())).append(", ties: ").append(Html.esc(g.kind())).append(" -->\n");
        for (var n : g.nodes()) {
            b.append("    <node id=\"").append(Html.esc(n.id())).append("\">");
            data(b, "name", n.name());
            data(b, "type", n.type());
            data(b, "community", n.community());
            b.append("</node>\n");
        }
        for (var e : g.edges()) {
            b.append("    <edge id=\"").append(Html.esc(e.record() + ":" + e.source() + ":" + e.target())).append("\" source=\"").append(Html.esc(e.source()))
                    .append("\" target=\"").append(Html.esc(e.target())).append("\">");
            data(b, "kind", e.kind());
            data(b, "label", e.label());
            data(b, "since", e.since());
            data(b, "until", e.until());
            b.append("</edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    private static void data(StringBuilder b, String key, String value) {
        if (value != null) b.append("<data key=\"").append(key).append("\">").append(Html.esc(value)).append("</data>");
    }
}
