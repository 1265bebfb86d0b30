package org.astropol.curation;

import org.astropol.model.Origin;
import org.astropol.model.SourceKind;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewed table of publishers and domains ({@code publishers:} section, data/sources/publishers.yaml) that
 * decides each source's kind: by its url's host (the longest matching domain, a row with a path only for urls under
 * it), else by its doi (domain doi.org), else by its publisher (exact, case-insensitive).
 */
final class PublisherTable {

    /** One reviewed row: a domain (with an optional path prefix) or a publisher name, its kind and why. */
    record Row(String domain, String path, String publisher, SourceKind kind, String reason, Origin origin) {
        String describe() {
            return (domain != null ? "domain " + domain + (path != null ? path : "") : "publisher '" + publisher + "'") + " -> " + kind.key()
                    + " (" + reason + ") at " + origin;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void read(YamlRecord top) {
        for (YamlRecord r : top.records("publishers")) {
            r.allowOnly(Set.of("domain", "path", "publisher", "kind", "reason"), "a publisher row");
            String domain = r.text("domain"), publisher = r.text("publisher"), kindText = r.required("kind", "a publisher row");
            String reason = r.required("reason", "a publisher row");
            if ((domain == null) == (publisher == null)) r.problem("a publisher row names either a domain or a publisher");
            if (r.has("path") && (domain == null || !r.text("path").startsWith("/"))) r.problem("path", "a path belongs to a domain row and starts with /");
            Optional<SourceKind> kind = kindText == null ? Optional.empty() : SourceKind.fromKey(kindText);
            if (kindText != null && kind.isEmpty()) r.problem("kind", "unknown source kind '" + kindText + "' (" + keys() + ")");
            if (kind.isEmpty() || reason == null || (domain == null) == (publisher == null)) continue;
            Origin origin = new Origin(r.file, r.line());
            for (Row other : rows) {
                if (Objects.equals(other.domain, lower(domain)) && Objects.equals(other.path, r.text("path"))
                        && Objects.equals(other.publisher, lower(publisher))) {
                    r.problem("duplicate publisher row (first at " + other.origin + ")");
                }
            }
            rows.add(new Row(lower(domain), r.text("path"), lower(publisher), kind.get(), reason, origin));
        }
    }

    boolean isEmpty() { return rows.isEmpty(); }

    /** The row that decides a source's kind, if any. */
    Optional<Row> lookup(String url, String doi, String publisher) {
        if (url != null) {
            String host, path;
            try {
                URI u = URI.create(url.trim().replace(" ", "%20"));
                host = u.getHost();
                path = u.getRawPath() == null ? "" : u.getRawPath();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (host != null) return byHost(lower(host).replaceAll("\\.$", ""), path);
        }
        if (doi != null) return byHost("doi.org", "");
        if (publisher == null) return Optional.empty();
        String p = lower(publisher);
        return rows.stream().filter(r -> p.equals(r.publisher)).findFirst();
    }

    private Optional<Row> byHost(String host, String path) {
        Row best = null;
        for (Row r : rows) {
            if (r.domain == null || !(host.equals(r.domain) || host.endsWith("." + r.domain))) continue;
            if (r.path != null && !path.startsWith(r.path)) continue;
            if (best == null || r.domain.length() > best.domain.length()
                    || (r.domain.length() == best.domain.length() && (r.path == null ? 0 : r.path.length()) > (best.path == null ? 0 : best.path.length()))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    static String keys() {
        return String.join(", ", Arrays.stream(SourceKind.values()).map(SourceKind::key).toList());
    }

    private static String lower(String s) { return s == null ? null : s.toLowerCase(Locale.ROOT); }
}
