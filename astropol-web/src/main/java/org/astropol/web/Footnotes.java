package org.astropol.web;

import org.astropol.analysis.SourceRef;
import org.astropol.web.view.Mark;
import org.astropol.web.view.SourceNote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.astropol.web.Html.url;

/** The numbered footnotes of one page: one per distinct (source, locator), numbered in the order the page cites them. */
final class Footnotes {
    private final Documents documents;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<SourceRef> refs = new ArrayList<>();

    Footnotes(Documents documents) { this.documents = documents; }

    List<Mark> marks(List<SourceRef> sources) {
        List<Mark> out = new ArrayList<>(sources.size());
        for (SourceRef s : sources) {
            String key = s.id() + "\u0000" + s.locatorKind() + "\u0000" + s.locator();
            Integer n = index.get(key);
            if (n == null) {
                refs.add(s);
                n = refs.size();
                index.put(key, n);
            }
            out.add(new Mark(n, s.title()));
        }
        return out;
    }

    List<SourceNote> notes() {
        List<SourceNote> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            SourceRef s = refs.get(i);
            boolean quote = "quote".equals(s.locatorKind());
            String reader = documents != null && documents.available(s.id())
                    ? "/document/" + url(s.id()) + (quote ? "?q=" + url(s.locator()) + "#passage" : "") : null;
            out.add(new SourceNote(i + 1, s.id(), s.title(), s.kind(), s.locator(), s.locatorKind(), s.url(), reader, quote));
        }
        return out;
    }
}
