package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;

/** Where an importer sends its rows and the problems it finds; implemented by {@link ImportRunner}. */
public interface Sink {
    /** One row for {@code table}, values in the order of its columns (String, Long, Integer, Double, LocalDate, Boolean or null). */
    void row(TableSpec table, Path file, long line, Object... values);

    void problem(ImportProblem problem);

    /** True when the import should stop reading (too many problems and not skipping). */
    boolean stopped();

    /** Reads every well-formed row of {@code file} through {@code handler}, turning bad values into problems. */
    default void each(TabularFile file, RowHandler handler) throws IOException {
        TabularFile.Row row;
        while (!stopped() && (row = file.next()) != null) {
            ImportProblem p = file.check(row);
            if (p != null) { problem(p); continue; }
            try {
                handler.handle(row);
            } catch (BadValueException e) {
                problem(new ImportProblem(file.file(), row.line(), e.field(), e.getMessage()));
            }
        }
    }

    @FunctionalInterface
    interface RowHandler { void handle(TabularFile.Row row); }
}
