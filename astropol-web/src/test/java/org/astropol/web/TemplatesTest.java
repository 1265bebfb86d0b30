package org.astropol.web;

import org.astropol.web.view.AsOfControl;
import org.astropol.web.view.Chart;
import org.astropol.web.view.HomeView;
import org.astropol.web.view.Ref;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The template engine's frame and escaping, on view models holding markup. */
class TemplatesTest {

    @Test
    void dataInTemplatesIsEscapedInTextAndAttributes() {
        var home = new HomeView(1, 2, 3, 4, List.of(new HomeView.Card("/x?a=1&b=\"><script>", "<b>title</b>", "it's")),
                List.of(new Ref("A/B C", "<script>alert(1)</script>"), new Ref("<unknown>", null)));
        String html = Templates.render("home.jte", home);
        assertThat(html).startsWith("<!doctype html>").endsWith("</html>\n");
        assertThat(html).contains("href=\"/x?a=1&amp;b=&#34;>&lt;script>\"", "<strong>&lt;b&gt;title&lt;/b&gt;</strong>", "<span>it's</span>",
                "<a href=\"/entity/A%2FB%20C\">&lt;script&gt;alert(1)&lt;/script&gt;</a>", "<li>&lt;unknown&gt;</li>");
        assertThat(html).doesNotContain("<script>alert", "<b>title");
        assertThat(html.split("<script", -1)).as("the site's own script only").hasSize(2);
        assertThat(html).contains("<p class=\"stats\">1 entities · 2 statements · 3 relationships · 4 sources</p>", "<title>Home · astropol</title>");
    }

    @Test
    void asOfControlCarriesTheViewStateAndTheSliderRange() {
        var control = AsOfControl.slider("/members/ilrs", LocalDate.parse("2022-12-31"), LocalDate.parse("2021-03-01"), Map.of("a", "x\"y"));
        String html = Templates.render("tag/asof.jte", control);
        assertThat(html).contains("action=\"/members/ilrs\"", "<input type=\"hidden\" name=\"a\" value=\"x&#34;y\">", "value=\"2022-12-31\" min=\"2021-03-01\"",
                "min=\"" + LocalDate.parse("2021-03-01").toEpochDay() + "\"", "<output id=\"asOf-label\" for=\"asOf-slider\">2022-12-31</output>");
        String simple = Templates.render("tag/asof.jte", AsOfControl.simple("/firsts", LocalDate.parse("2000-01-01")));
        assertThat(simple).contains("<input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"2000-01-01\">").doesNotContain("type=\"range\"");
    }

    @Test
    void theDocumentReaderEscapesEveryPieceAndNestsTheMark() {
        var pieces = List.of(org.astropol.web.view.PassageView.Piece.text("<b>before</b> "),
                new org.astropol.web.view.PassageView.Piece(org.astropol.web.view.PassageView.Kind.MARK_START, null, null, null),
                new org.astropol.web.view.PassageView.Piece(org.astropol.web.view.PassageView.Kind.ENTITY, "A&B", "/entity/A%26B", "\"quoted\""),
                org.astropol.web.view.PassageView.Piece.text(" <script>x</script>"),
                new org.astropol.web.view.PassageView.Piece(org.astropol.web.view.PassageView.Kind.MARK_END, null, null, null));
        String html = Templates.render("document.jte", new org.astropol.web.view.PassageView("T <i>", "src-1", "doc.txt", 42, true, true, false, pieces));
        assertThat(html).contains("<title>T &lt;i&gt; · astropol</title>", "<p class=\"muted\">[…]</p>&lt;b&gt;before&lt;/b&gt; <mark id=\"passage\">"
                + "<a class=\"ent\" href=\"/entity/A%26B\" title=\"&#34;quoted&#34;\">A&amp;B</a> &lt;script&gt;x&lt;/script&gt;</mark></div>",
                "The cited passage is marked below.").doesNotContain("<script>x");
        assertThat(html.split("<script", -1)).as("the site's own script only").hasSize(2);
    }

    @Test
    void chartWithoutTheLibraryIsATableWithANote() {
        List<Chart.Series> series = List.of(new Chart.Series("Launch <attempts>", "k0", List.of(new Chart.Point("2019", 34, null, List.of("st-1"), List.of("src-a")),
                new Chart.Point("2020", 39, null, List.of("st-2"), List.of("src-a")))));
        Chart with = new Chart("chart-x", "Launches", "summary <b>", "bars", "launches", series, "/entity/X?format=csv&table=chart-x", "2020-12-31", "abc123",
                true, "{\"id\":\"</script>\"}");
        Chart without = new Chart(with.id(), with.title(), with.summary(), with.kind(), with.unit(), series, with.csvHref(), with.asOf(), with.dataHash(), false, with.json());
        String drawn = Templates.render("tag/chart.jte", with), table = Templates.render("tag/chart.jte", without);
        // the JSON the script draws from is an escaped attribute; the figure carries the day and the data hash
        assertThat(drawn).contains("data-chart=\"{&#34;id&#34;:&#34;&lt;/script>&#34;}\"", "data-as-of=\"2020-12-31\"", "data-hash=\"abc123\"",
                "<div class=\"chart-canvas\" id=\"chart-x-canvas\"></div>", "<caption class=\"visually-hidden\">summary &lt;b&gt;</caption>",
                "<tr><td>Launch &lt;attempts&gt;</td><td>2019</td><td>34</td><td class=\"ids\">st-1</td><td class=\"ids\">src-a</td></tr>",
                "href=\"/entity/X?format=csv&amp;table=chart-x\"").doesNotContain("chart-missing");
        // without the library: no drawing area, a note saying why, and the table open
        assertThat(table).contains("<p class=\"chart-missing\" id=\"chart-x-missing\">The chart library (d3) is missing from this build",
                "<details class=\"chart-data\" open>", "<td>2020</td><td>39</td>").doesNotContain("chart-canvas");
    }
}
