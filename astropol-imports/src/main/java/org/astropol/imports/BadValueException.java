package org.astropol.imports;

/** Thrown by a row conversion for a field that does not parse; the runner turns it into an {@link ImportProblem}. */
public final class BadValueException extends RuntimeException {
    private final String field;

    public BadValueException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() { return field; }
}
