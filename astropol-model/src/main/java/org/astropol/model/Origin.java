package org.astropol.model;

/** Where a record was written: a data file (relative to the repository) and its line, for traceability. */
public record Origin(String file, int line) {
    public static final Origin UNKNOWN = new Origin("", 0);
    @Override public String toString() { return file + ":" + line; }
}
