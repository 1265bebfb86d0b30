package org.astropol.curation;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a run so that all are reported at once, not just the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(String file, int line, String message) { list.add(new Problem(file, line, message)); }
    public boolean isEmpty() { return list.isEmpty(); }
    public int size() { return list.size(); }
    public List<Problem> sorted() { return list.stream().sorted().distinct().toList(); }
}
