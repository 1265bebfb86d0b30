package org.astropol.analysis;

/** The user asked about an id the knowledge base does not hold. */
public class UnknownIdException extends RuntimeException {
    private final String id;
    public UnknownIdException(String id) { super("unknown id '" + id + "'"); this.id = id; }
    public String id() { return id; }
}
