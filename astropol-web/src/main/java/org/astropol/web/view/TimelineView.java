package org.astropol.web.view;

import java.util.List;

/** /timeline ({@code timeline.jte}): the dated history of one actor or a pair, each entry footnoted. {@code actors} empty: nothing asked yet. */
public record TimelineView(String a, String b, List<Ref> actors, List<Entry> entries, List<SourceNote> notes) {
    public record Entry(String date, String kind, String summary, List<Mark> marks) {}
}
