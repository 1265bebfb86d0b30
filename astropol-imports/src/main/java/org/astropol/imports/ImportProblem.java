package org.astropol.imports;

import java.nio.file.Path;

/** One malformed row or field: printed as {@code file:line: field: message}. */
public record ImportProblem(Path file, long line, String field, String message) {
    @Override public String toString() {
        return (file == null ? "?" : file.toString()) + ":" + line + ": " + (field == null ? "" : field + ": ") + message;
    }
}
