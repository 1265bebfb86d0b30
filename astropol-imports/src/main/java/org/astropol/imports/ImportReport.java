package org.astropol.imports;

import java.nio.file.Path;
import java.util.List;

/** What an import did: per table, rows now held and what changed against the previous import. */
public record ImportReport(String kind, List<Path> files, List<TableResult> tables, long skipped, List<ImportProblem> skippedProblems,
                           double seconds) {

    /** {@code previous} is false when the table did not exist before (then everything counts as added). */
    public record TableResult(String table, long rows, long added, long removed, long changed, boolean previous) {}

    public long rows() { return tables.stream().mapToLong(TableResult::rows).sum(); }
}
