package org.astropol.app;

import org.astropol.model.PartialDate;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** The options every query command shares: output format and the "as of" date. */
final class QueryOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Output.Format format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Answer as of this day (default: today).")
    String asOf;

    LocalDate asOfDay() { return asOf == null ? LocalDate.now() : PartialDate.parseDay(asOf); }
}
