package org.astropol.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An imported table: its columns (DuckDB types VARCHAR, BIGINT, INTEGER, DOUBLE, DATE, BOOLEAN) and the key
 * columns that identify a row across releases. Every imported table also gets {@code src_line}, the line of the
 * source file the row came from, and {@code src_file}, that file's position (from 0) in the import's file list.
 */
public record TableSpec(String name, List<Column> columns, List<String> keys) {

    public record Column(String name, String type) {}

    public TableSpec {
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
        for (String k : keys) if (columns.stream().noneMatch(c -> c.name().equals(k))) throw new IllegalArgumentException("key " + k + " is not a column of " + name);
    }

    /** Builds a spec from "name TYPE" pairs. */
    public static TableSpec of(String name, List<String> keys, String... columns) {
        List<Column> cs = new ArrayList<>();
        for (String c : columns) {
            String[] p = c.trim().split("\\s+");
            cs.add(new Column(p[0], p.length > 1 ? p[1] : "VARCHAR"));
        }
        return new TableSpec(name, cs, keys);
    }

    public int index(String column) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(column)) return i;
        throw new IllegalArgumentException("no column " + column + " in " + name);
    }

    String ddl(String tableName, boolean withFile) {
        StringBuilder b = new StringBuilder("CREATE TABLE ").append(tableName).append(" (");
        for (Column c : columns) b.append(c.name()).append(' ').append(c.type()).append(", ");
        b.append("src_line BIGINT");
        if (withFile) b.append(", src_file SMALLINT");
        return b.append(')').toString();
    }
}
