package org.astropol.web;

import org.astropol.web.view.AsOfControl;
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
}
