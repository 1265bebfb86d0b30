package org.astropol.web.view;

/**
 * What the site's frame ({@code layout.jte}) needs besides the page's own content: the title and, for pages that
 * answer "as of" a day, the date control shown above the content (null for none).
 */
public record Layout(String title, AsOfControl asOf) {
    public static Layout titled(String title) { return new Layout(title, null); }
}
