package org.astropol.curation;

/** One thing wrong in the curated data, located at a file and line. */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    @Override public String toString() { return file + ":" + line + ": " + message; }
    @Override public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
