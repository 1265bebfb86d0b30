package org.astropol.web.view;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A link to an entity's profile ({@code tag/ref.jte}); {@code name} is null when the id is not in the knowledge base. */
public record Ref(String id, String name) {
    /** The link to entity {@code id} with its name in {@code kb} (no name when it is not there). */
    public static Ref of(KnowledgeBase kb, String id) { return new Ref(id, kb.entity(id).map(Entity::name).orElse(null)); }

    public boolean known() { return name != null; }

    /** The profile's path, the id percent-encoded (ids such as A/RES/69/32 keep their slashes as %2F). */
    public String href() { return "/entity/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"); }
}
