package org.astropol.store;

/** A failure of the store that a user can act on (locked file, refused query, unreadable database). */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
