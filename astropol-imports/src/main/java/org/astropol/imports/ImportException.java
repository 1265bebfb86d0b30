package org.astropol.imports;

import java.util.List;

/** An import that failed and changed nothing; {@link #problems()} lists the malformed rows found (first ones). */
public final class ImportException extends RuntimeException {
    private final List<ImportProblem> problems;
    private final long problemCount;

    public ImportException(String message, List<ImportProblem> problems, long problemCount) {
        super(message);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public ImportException(String message) { this(message, List.of(), 0); }

    public List<ImportProblem> problems() { return problems; }
    public long problemCount() { return problemCount; }
}
