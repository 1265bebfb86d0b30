package org.astropol.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An imported table: its columns (DuckDB types VARCHAR, BIGINT, INTEGER, DOUBLE, DATE, BOOLEAN) and the key
 * columns that identify a row across releases. Every imported table also gets {@code src_line}, the line of the
 * source file the row came from, and {@code src_file}, that file's position (from 0) in the import's file list.
 * A column written {@code "name TYPE AS (expression)"} is a DuckDB generated column: computed from the other columns
 * when read, neither appended nor stored, so an importer passes values for the {@link #physical()} columns only.
 */
public record TableSpec(String name, List<Column> columns, List<String> keys) {

    /** A column; {@code generated} is the SQL expression of a generated column, null for a stored one. */
    public record Column(String name, String type, String generated) {
        public Column(String name, String type) { this(name, type, null); }
        public boolean isGenerated() { return generated != null; }
    }

    public TableSpec {
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
        for (String k : keys) if (columns.stream().noneMatch(c -> c.name().equals(k) && !c.isGenerated())) throw new IllegalArgumentException("key " + k + " is not a stored column of " + name);
    }

    /** The stored columns, in order: the values an importer passes for a row. */
    public List<Column> physical() { return columns.stream().filter(c -> !c.isGenerated()).toList(); }

    /** Builds a spec from "name TYPE" pairs. */
    public static TableSpec of(String name, List<String> keys, String... columns) {
        List<Column> cs = new ArrayList<>();
        for (String c : columns) {
            int as = c.indexOf(" AS (");
            String[] p = (as < 0 ? c : c.substring(0, as)).trim().split("\\s+");
            String expr = as < 0 ? null : c.substring(as + " AS ".length()).trim();
            cs.add(new Column(p[0], p.length > 1 ? p[1] : "VARCHAR", expr));
        }
        return new TableSpec(name, cs, keys);
    }

    /** The position of a stored column among the {@link #physical()} ones (the index of its value in a row). */
    public int index(String column) {
        List<Column> ps = physical();
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).name().equals(column)) return i;
        throw new IllegalArgumentException("no stored column " + column + " in " + name);
    }

    String ddl(String tableName, boolean withFile) {
        StringBuilder b = new StringBuilder("CREATE TABLE ").append(tableName).append(" (");
        for (Column c : columns) {
            b.append(c.name()).append(' ').append(c.type());
            if (c.isGenerated()) b.append(" GENERATED ALWAYS AS ").append(c.generated()).append(" VIRTUAL");
            b.append(", ");
        }
        b.append("src_line BIGINT");
        if (withFile) b.append(", src_file SMALLINT");
        return b.append(')').toString();
    }
}
