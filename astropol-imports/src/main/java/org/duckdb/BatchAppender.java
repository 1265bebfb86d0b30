package org.duckdb;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.SQLException;

/**
 * A chunk appender like duckdb_jdbc's {@link DuckDBAppender}, but it flushes (stores the buffered rows in the table)
 * every {@link #FLUSH_CHUNKS} chunks of 2048 rows instead of after every chunk: duckdb_jdbc 1.5's appender does the
 * latter, and each flush is an INSERT query planned, bound and run for 2048 rows (perf: about a fifth of the appending
 * thread of the 1M-row satcat import). Not more chunks: DuckDB holds the unflushed rows in memory. Written here, in duckdb_jdbc's package,
 * because the C API bindings it needs are package-private and no published release offers this; only the column types
 * the importers store are handled (VARCHAR, DOUBLE, BIGINT, INTEGER, SMALLINT, BOOLEAN, DATE), others are refused when
 * the appender is created.
 */
public final class BatchAppender implements AutoCloseable {
    static final int FLUSH_CHUNKS = 32;

    private final DuckDBConnection conn;
    private ByteBuffer appender;
    private final ByteBuffer chunk;
    private final int capacity;
    private final ByteBuffer[] types, vectors, data;
    private final long[][] validity; // copied to DuckDB's validity masks when a chunk is handed over
    private final boolean[] hasNull;
    private final int[] typeIds;
    private int row, col, chunksSinceFlush;

    public BatchAppender(DuckDBConnection conn, String schema, String table) throws SQLException {
        this.conn = conn;
        this.capacity = (int) DuckDBBindings.duckdb_vector_size();
        conn.connRefLock.lock();
        try {
            ByteBuffer[] out = new ByteBuffer[1];
            if (DuckDBBindings.duckdb_appender_create_ext(conn.connRef, null, utf8(schema), utf8(table), out) != 0) {
                throw new SQLException("cannot create an appender for " + schema + "." + table);
            }
            appender = out[0];
        } finally {
            conn.connRefLock.unlock();
        }
        int n = (int) DuckDBBindings.duckdb_appender_column_count(appender);
        types = new ByteBuffer[n];
        typeIds = new int[n];
        for (int i = 0; i < n; i++) {
            types[i] = DuckDBBindings.duckdb_appender_column_type(appender, i);
            typeIds[i] = DuckDBBindings.duckdb_get_type_id(types[i]);
            if (VectorWrites.width(typeIds[i]) == 0) {
                for (ByteBuffer t : types) if (t != null) DuckDBBindings.duckdb_destroy_logical_type(t);
                DuckDBBindings.duckdb_appender_destroy(appender);
                appender = null;
                throw new SQLException(table + ": column " + i + " has a type BatchAppender does not handle (" + typeIds[i] + ")");
            }
        }
        chunk = DuckDBBindings.duckdb_create_data_chunk(types);
        vectors = new ByteBuffer[n];
        data = new ByteBuffer[n];
        validity = new long[n][(capacity + 63) / 64];
        hasNull = new boolean[n];
        for (int i = 0; i < n; i++) vectors[i] = DuckDBBindings.duckdb_data_chunk_get_vector(chunk, i);
        fetchBuffers();
    }

    private void fetchBuffers() {
        for (int i = 0; i < vectors.length; i++) {
            data[i] = DuckDBBindings.duckdb_vector_get_data(vectors[i], (long) VectorWrites.width(typeIds[i]) * capacity).order(ByteOrder.LITTLE_ENDIAN);
            java.util.Arrays.fill(validity[i], -1L);
            hasNull[i] = false;
        }
    }

    private int next(int typeId) throws SQLException {
        int c = col;
        if (c >= typeIds.length) throw new SQLException("too many values in a row");
        if (typeIds[c] != typeId) throw new SQLException("column " + c + " has type " + typeIds[c] + ", not " + typeId);
        col = c + 1;
        return c;
    }

    public void appendNull() throws SQLException {
        if (col >= typeIds.length) throw new SQLException("too many values in a row");
        validity[col][row >>> 6] &= ~(1L << (row & 63));
        hasNull[col] = true;
        col++;
    }

    /** A VARCHAR value as UTF-8 bytes. */
    public void append(byte[] utf8) throws SQLException {
        int c = next(17);
        VectorWrites.putVarchar(data[c], vectors[c], row, utf8);
    }

    public void append(double v) throws SQLException { data[next(11)].putDouble(row * 8, v); }
    public void append(long v) throws SQLException { data[next(5)].putLong(row * 8, v); }
    public void append(int v) throws SQLException { data[next(4)].putInt(row * 4, v); }
    public void append(short v) throws SQLException { data[next(3)].putShort(row * 2, v); }
    public void append(boolean v) throws SQLException { data[next(1)].put(row, (byte) (v ? 1 : 0)); }
    public void appendEpochDays(int days) throws SQLException { data[next(13)].putInt(row * 4, days); }

    public void endRow() throws SQLException {
        if (col != typeIds.length) throw new SQLException("row has " + col + " values for " + typeIds.length + " columns");
        col = 0;
        if (++row == capacity) handOver();
    }

    /** Gives DuckDB the filled chunk, and every FLUSH_CHUNKS chunks has it store them. */
    private void handOver() throws SQLException {
        if (row == 0) return;
        for (int i = 0; i < vectors.length; i++) {
            if (!hasNull[i]) continue;
            VectorWrites.putValidity(vectors[i], capacity, validity[i]);
        }
        DuckDBBindings.duckdb_data_chunk_set_size(chunk, row);
        if (DuckDBBindings.duckdb_append_data_chunk(appender, chunk) != 0) throw new SQLException(error());
        if (++chunksSinceFlush == FLUSH_CHUNKS) {
            if (DuckDBBindings.duckdb_appender_flush(appender) != 0) throw new SQLException(error());
            chunksSinceFlush = 0;
        }
        DuckDBBindings.duckdb_data_chunk_reset(chunk);
        row = 0;
        fetchBuffers();
    }

    private String error() {
        byte[] e = DuckDBBindings.duckdb_appender_error(appender);
        return e == null ? "append failed" : new String(e, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Hands over the last rows, stores everything buffered and releases the appender. */
    @Override public void close() throws SQLException {
        if (appender == null) return;
        try {
            handOver();
            if (DuckDBBindings.duckdb_appender_flush(appender) != 0) throw new SQLException(error());
        } finally {
            DuckDBBindings.duckdb_destroy_data_chunk(chunk);
            for (ByteBuffer t : types) if (t != null) DuckDBBindings.duckdb_destroy_logical_type(t);
            DuckDBBindings.duckdb_appender_close(appender);
            DuckDBBindings.duckdb_appender_destroy(appender);
            appender = null;
        }
    }

    private static byte[] utf8(String s) { return s.getBytes(java.nio.charset.StandardCharsets.UTF_8); }
}
