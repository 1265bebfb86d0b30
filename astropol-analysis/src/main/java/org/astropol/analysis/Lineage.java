package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An actor together with its predecessors, as cited in the data ({@code predecessor} and {@code successor}
 * statements): the Russian Federation's history with China starts with the Soviet Union's.
 */
public final class Lineage {
    private Lineage() {}

    public static Set<String> of(KnowledgeBase kb, String id) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(id);
        while (!todo.isEmpty()) {
            String cur = todo.poll();
            if (!out.add(cur)) continue;
            for (Statement s : kb.statementsAbout(cur)) {
                if (s.property().equals("predecessor") && s.value() instanceof Value.EntityRef r) todo.add(r.id());
            }
            for (Statement s : kb.statementsPointingAt(cur)) {
                if (s.property().equals("successor")) todo.add(s.subject());
            }
        }
        return out;
    }
}
