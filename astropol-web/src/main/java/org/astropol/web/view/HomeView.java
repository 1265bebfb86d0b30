package org.astropol.web.view;

import java.util.List;

/** The home page ({@code home.jte}): the knowledge base's size, the way in to each view, and a few profiles to start with. */
public record HomeView(int entities, int statements, int relationships, int sources, List<Card> cards, List<Ref> startWith) {
    public record Card(String href, String title, String text) {}
}
