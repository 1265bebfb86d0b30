package org.astropol.web.view;

import java.util.List;

/**
 * /document/{source} ({@code document.jte}): an excerpt of a source's text with the cited passage marked and the
 * entities it names linked, as pieces the template escapes one by one.
 *
 * @param status   whether the cited passage was found (null when no passage was asked for)
 * @param cutBefore the excerpt starts after the text's beginning; {@code cutAfter} it ends before the text's end
 */
public record PassageView(String title, String source, String document, int length, Boolean found, boolean cutBefore, boolean cutAfter,
                          List<Piece> text) {
    /** Plain text, an entity mention (with {@code href} and {@code name}), or the start or end of the marked passage. */
    public record Piece(Kind kind, String text, String href, String name) {
        public static Piece text(String s) { return new Piece(Kind.TEXT, s, null, null); }
        public boolean is(String kind) { return this.kind.name().equalsIgnoreCase(kind); }
    }

    public enum Kind { TEXT, ENTITY, MARK_START, MARK_END }
}
