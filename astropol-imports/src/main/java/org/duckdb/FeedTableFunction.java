package org.duckdb;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A DuckDB table function, {@code astropol_feed(id)}, whose rows come from Java: {@code INSERT INTO t SELECT * FROM
 * astropol_feed(id)} lets DuckDB's own threads pull chunks of rows and store them in parallel, each thread compressing
 * and writing its own row groups, as DuckDB's CSV reader does. An appender (see {@link BatchAppender}) stores rows on
 * the one thread that appends, and compressing full row groups is most of that thread's work.
 *
 * <p>duckdb_jdbc's public table-function API writes each value through a {@link DuckDBWritableVector} setter with its
 * own checks and makes every column's validity mask writable; this class extends its package-private wrapper only to
 * replace the per-chunk callback, writing values straight into DuckDB's vector buffers as {@link BatchAppender} does
 * (strings of 12 bytes or less inline, validity masks only for columns that hold a null). That is why it lives in
 * duckdb_jdbc's package. Types handled: VARCHAR, DOUBLE, BIGINT, INTEGER, SMALLINT, BOOLEAN, DATE.
 */
public final class FeedTableFunction extends DuckDBTableFunctionWrapper {
    public static final String NAME = "astropol_feed";

    /** Where the rows come from. {@link #fill} is called by several DuckDB threads at once. */
    public interface Feed {
        List<String> columnNames();

        /** DuckDB type names of the columns, e.g. VARCHAR or DOUBLE. */
        List<String> columnTypes();

        /** Writes the next rows (at most {@code chunk.capacity()}) and returns how many; 0 ends the scan. */
        int fill(Chunk chunk) throws Exception;
    }

    private static final AtomicLong IDS = new AtomicLong();
    private static final ConcurrentHashMap<Long, Feed> FEEDS = new ConcurrentHashMap<>();

    /** Makes a feed known to the function; the SQL names it as {@code astropol_feed(id)}. */
    public static long open(Feed feed) {
        long id = IDS.incrementAndGet();
        FEEDS.put(id, feed);
        return id;
    }

    public static void close(long id) { FEEDS.remove(id); }

    /** Rows per chunk: {@link Feed#fill} writes at most this many. */
    public static int capacity() { return (int) DuckDBBindings.duckdb_vector_size(); }

    /**
     * Registers the function in the connection's database unless it is there already (DuckDB keeps table functions in
     * the database instance's system catalog, shared by its connections). Call it outside a transaction.
     */
    public static synchronized void register(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM duckdb_functions() WHERE function_name = ?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) return;
            }
        }
        DuckDBConnection conn = connection.unwrap(DuckDBConnection.class);
        ByteBuffer tf = DuckDBBindings.duckdb_create_table_function();
        if (tf == null) throw new SQLException("cannot create the table function " + NAME);
        try {
            DuckDBBindings.duckdb_table_function_set_name(tf, NAME.getBytes(StandardCharsets.UTF_8));
            try (DuckDBLogicalType id = DuckDBLogicalType.of(DuckDBColumnType.BIGINT)) {
                DuckDBBindings.duckdb_table_function_add_parameter(tf, id.logicalTypeRef());
            }
            DuckDBBindings.duckdb_table_function_set_extra_info(tf, new FeedTableFunction());
            DuckDBBindings.duckdb_table_function_set_bind(tf);
            DuckDBBindings.duckdb_table_function_set_init(tf);
            DuckDBBindings.duckdb_table_function_set_local_init(tf);
            DuckDBBindings.duckdb_table_function_set_function(tf);
            conn.connRefLock.lock();
            try {
                conn.checkOpen();
                if (DuckDBBindings.duckdb_register_table_function(conn.connRef, tf) != 0) {
                    throw new SQLException("cannot register the table function " + NAME);
                }
            } finally {
                conn.connRefLock.unlock();
            }
        } finally {
            DuckDBBindings.duckdb_destroy_table_function(tf);
        }
    }

    private FeedTableFunction() { super(new Binder()); }

    /** Bind and init go through duckdb_jdbc's usual path: they run once per query. */
    private static final class Binder implements DuckDBTableFunction<Feed, Object, Object> {
        @Override public Feed bind(DuckDBTableFunctionBindInfo info) {
            long id = info.getParameter(0).getLong();
            Feed feed = FEEDS.get(id);
            if (feed == null) throw new IllegalStateException("no feed " + id + " (" + NAME + " is for astropol's importer)");
            List<String> names = feed.columnNames(), types = feed.columnTypes();
            for (int i = 0; i < names.size(); i++) info.addResultColumn(names.get(i), columnType(types.get(i)));
            return feed;
        }

        @Override public Object init(DuckDBTableFunctionInitInfo info) {
            info.setMaxThreads(Runtime.getRuntime().availableProcessors());
            return null;
        }

        @Override public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) {
            throw new IllegalStateException("replaced by executeFunction");
        }
    }

    private static DuckDBColumnType columnType(String sqlType) {
        return switch (sqlType.toUpperCase(java.util.Locale.ROOT)) {
            case "VARCHAR" -> DuckDBColumnType.VARCHAR;
            case "DOUBLE" -> DuckDBColumnType.DOUBLE;
            case "BIGINT" -> DuckDBColumnType.BIGINT;
            case "INTEGER" -> DuckDBColumnType.INTEGER;
            case "SMALLINT" -> DuckDBColumnType.SMALLINT;
            case "BOOLEAN" -> DuckDBColumnType.BOOLEAN;
            case "DATE" -> DuckDBColumnType.DATE;
            default -> throw new IllegalArgumentException("column type " + sqlType + " is not handled by " + NAME);
        };
    }

    @Override public void executeFunction(ByteBuffer info, ByteBuffer output) {
        try {
            Feed feed = (Feed) DuckDBBindings.duckdb_function_get_bind_data(info);
            Chunk chunk = new Chunk(output);
            int rows = feed.fill(chunk);
            chunk.finish(rows);
        } catch (Throwable t) {
            String msg = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            DuckDBBindings.duckdb_function_set_error(info, msg.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One output chunk of DuckDB's: values are written by column and row. */
    public static final class Chunk {
        private final ByteBuffer chunk;
        private final int capacity;
        private final ByteBuffer[] vectors, data;
        private final int[] typeIds;
        private final long[][] validity; // copied to DuckDB's masks at the end, for columns that hold a null
        private final boolean[] hasNull;

        Chunk(ByteBuffer chunk) {
            this.chunk = chunk;
            this.capacity = FeedTableFunction.capacity();
            int n = (int) DuckDBBindings.duckdb_data_chunk_get_column_count(chunk);
            vectors = new ByteBuffer[n];
            data = new ByteBuffer[n];
            typeIds = new int[n];
            validity = new long[n][];
            hasNull = new boolean[n];
            for (int i = 0; i < n; i++) {
                vectors[i] = DuckDBBindings.duckdb_data_chunk_get_vector(chunk, i);
                ByteBuffer type = DuckDBBindings.duckdb_vector_get_column_type(vectors[i]);
                try {
                    typeIds[i] = DuckDBBindings.duckdb_get_type_id(type);
                } finally {
                    DuckDBBindings.duckdb_destroy_logical_type(type);
                }
                int width = VectorWrites.width(typeIds[i]);
                if (width == 0) throw new IllegalStateException("column type " + typeIds[i] + " is not handled by " + NAME);
                data[i] = DuckDBBindings.duckdb_vector_get_data(vectors[i], (long) width * capacity).order(ByteOrder.LITTLE_ENDIAN);
            }
        }

        public int capacity() { return capacity; }

        private ByteBuffer typed(int col, int typeId) {
            if (typeIds[col] != typeId) throw new IllegalArgumentException("column " + col + " has type " + typeIds[col] + ", not " + typeId);
            return data[col];
        }

        public void setNull(int col, int row) {
            long[] v = validity[col];
            if (v == null) {
                v = validity[col] = new long[(capacity + 63) / 64];
                java.util.Arrays.fill(v, -1L);
                hasNull[col] = true;
            }
            v[row >>> 6] &= ~(1L << (row & 63));
        }

        /** A VARCHAR value as UTF-8 bytes. */
        public void setUtf8(int col, int row, byte[] utf8) {
            VectorWrites.putVarchar(typed(col, 17), vectors[col], row, utf8);
        }

        public void setDouble(int col, int row, double v) { typed(col, 11).putDouble(row * 8, v); }
        public void setLong(int col, int row, long v) { typed(col, 5).putLong(row * 8, v); }
        public void setInt(int col, int row, int v) { typed(col, 4).putInt(row * 4, v); }
        public void setShort(int col, int row, short v) { typed(col, 3).putShort(row * 2, v); }
        public void setBoolean(int col, int row, boolean v) { typed(col, 1).put(row, (byte) (v ? 1 : 0)); }
        public void setEpochDays(int col, int row, int days) { typed(col, 13).putInt(row * 4, days); }

        void finish(int rows) {
            for (int i = 0; i < vectors.length; i++) {
                if (!hasNull[i]) continue;
                VectorWrites.putValidity(vectors[i], capacity, validity[i]);
            }
            DuckDBBindings.duckdb_data_chunk_set_size(chunk, rows);
        }
    }
}
