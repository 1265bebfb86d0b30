package org.astropol.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/**
 * Renders the page templates: jte files under {@code src/main/jte}, compiled to Java classes at build time by the
 * jte-maven-plugin, so a page is a type-checked method call and nothing is compiled while serving. Content type HTML:
 * every {@code ${...}} is escaped for where it stands (text or attribute); only {@code $unsafe{...}} is not.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    /** A template with one parameter (its view model), e.g. {@code render("home.jte", new HomeView(...))}. */
    static String render(String template, Object model) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, model, out);
        return out.toString();
    }

    /** A template with several parameters, by name. */
    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
