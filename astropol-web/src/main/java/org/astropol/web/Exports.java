package org.astropol.web;

import org.astropol.analysis.SourceRef;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Source;

import java.util.List;

/** Downloads: an entity as JSON-LD and the source registry as BibTeX (CSV: {@link CsvDownload}, the one CSV writer). */
public final class Exports {
    private Exports() {}

    /**
     * An entity profile as JSON-LD: schema.org terms where they fit (name, alternateName, citation, validFrom,
     * validThrough), astropol's own under {@code urn:astropol:} for the rest; ids are {@code urn:astropol:TYPE:ID}.
     */
    public static java.util.Map<String, Object> jsonLd(org.astropol.analysis.EntityProfile.Profile p) {
        var ctx = new java.util.LinkedHashMap<String, Object>();
        ctx.put("@vocab", "https://schema.org/");
        ctx.put("ap", "urn:astropol:vocab:");
        for (String t : List.of("kind", "statements", "property", "value", "valueMax", "status", "role", "locator", "locatorKind", "origin", "country")) ctx.put(t, "ap:" + t);
        var out = new java.util.LinkedHashMap<String, Object>();
        out.put("@context", ctx);
        out.put("@id", "urn:astropol:entity:" + p.id());
        out.put("@type", switch (p.type()) {
            case "state" -> "Country";
            case "organisation" -> "Organization";
            case "person" -> "Person";
            case "event" -> "Event";
            case "instrument" -> "Legislation";
            case "facility" -> "Place";
            default -> "Thing";
        });
        out.put("identifier", p.id());
        out.put("name", p.name());
        out.put("kind", p.kind());
        out.put("alternateName", p.names().stream().filter(n -> !n.name().equals(p.name()) || n.lang() != null && !n.lang().equals("en"))
                .map(n -> n.lang() == null ? (Object) n.name() : java.util.Map.of("@value", n.name(), "@language", n.lang())).toList());
        if (p.country() != null) out.put("country", java.util.Map.of("@id", "urn:astropol:entity:" + p.country()));
        if (p.from() != null) out.put("validFrom", p.from());
        if (p.until() != null) out.put("validThrough", p.until());
        out.put("citation", citations(p.sources()));
        out.put("statements", p.statements().stream().map(st -> {
            var m = new java.util.LinkedHashMap<String, Object>();
            m.put("@id", "urn:astropol:statement:" + st.id());
            m.put("property", st.property());
            m.put("value", st.value());
            if (st.valueMax() != null) m.put("valueMax", st.valueMax());
            if (st.unit() != null) m.put("unitText", st.unit());
            if (st.role() != null) m.put("role", st.role());
            if (st.from() != null) m.put("validFrom", st.from());
            if (st.until() != null) m.put("validThrough", st.until());
            m.put("status", st.status());
            if (st.note() != null) m.put("description", st.note());
            m.put("citation", citations(st.sources()));
            return m;
        }).toList());
        return out;
    }

    private static List<Object> citations(List<SourceRef> refs) {
        return refs.stream().map(r -> {
            var m = new java.util.LinkedHashMap<String, Object>();
            m.put("@id", "urn:astropol:source:" + r.id());
            m.put("name", r.title());
            if (r.url() != null) m.put("url", r.url());
            if (r.locator() != null) { m.put("locator", r.locator()); m.put("locatorKind", r.locatorKind()); }
            return (Object) m;
        }).toList();
    }

    public static String bibtex(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder("% astropol source registry\n");
        for (Source s : kb.sources()) {
            String type = "scholarly".equals(s.kind()) ? "article" : "official-record".equals(s.kind()) ? "techreport" : "misc";
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
}
