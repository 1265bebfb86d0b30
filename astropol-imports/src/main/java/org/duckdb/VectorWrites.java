package org.duckdb;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes into a DuckDB data chunk's vectors through the C API's buffers, shared by {@link BatchAppender} and
 * {@link FeedTableFunction}. Hand-written because duckdb_jdbc's public vector writers cost a Java call and a validity
 * write per value, which was most of an import's extra CPU (bench/notes/import.md); it lives in duckdb_jdbc's package
 * because the bindings it uses are package-private.
 */
final class VectorWrites {
    /** DuckDB keeps strings of 12 bytes or less inside the 16-byte string_t. */
    static final int INLINE = 12;

    private VectorWrites() {}

    /** Bytes per value of a DuckDB type id in a vector's data buffer; 0 for types these writers do not handle. */
    static int width(int typeId) {
        return switch (typeId) {
            case 1 -> 1;       // BOOLEAN
            case 3 -> 2;       // SMALLINT
            case 4, 13 -> 4;   // INTEGER, DATE
            case 5, 11 -> 8;   // BIGINT, DOUBLE
            case 17 -> 16;     // VARCHAR (string_t)
            default -> 0;
        };
    }

    /** A VARCHAR value at {@code row}: inline when short, otherwise copied into the vector's string heap by DuckDB. */
    static void putVarchar(ByteBuffer data, ByteBuffer vector, int row, byte[] utf8) {
        int at = row * 16;
        if (utf8.length <= INLINE) {
            data.putInt(at, utf8.length);
            data.put(at + 4, utf8, 0, utf8.length);
            for (int i = at + 4 + utf8.length; i < at + 16; i++) data.put(i, (byte) 0); // as DuckDB fills its own inlined strings
        } else {
            DuckDBBindings.duckdb_vector_assign_string_element_len(vector, row, utf8);
        }
    }

    /** Copies a validity mask (bit set = valid) into the vector, which gets one first. */
    static void putValidity(ByteBuffer vector, int capacity, long[] words) {
        DuckDBBindings.duckdb_vector_ensure_validity_writable(vector);
        // the length argument is an element count, as DuckDBAppender 1.5.6 passes it
        ByteBuffer mask = DuckDBBindings.duckdb_vector_get_validity(vector, capacity).order(ByteOrder.LITTLE_ENDIAN);
        for (int w = 0; w < words.length; w++) mask.putLong(w * 8, words[w]);
    }
}
