package org.astropol.imports;

import org.astropol.store.Database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers: run an import on a database file and query it. */
final class ImportTestSupport {
    private ImportTestSupport() {}

    static final Path FIXTURES = Path.of(System.getProperty("astropol.root"), "astropol-imports/src/test/resources/fixtures");
    static final Path SHARED = Path.of(System.getProperty("astropol.root")).resolve("../shared/data").normalize();

    static Path fixture(String name) { return FIXTURES.resolve(name); }

    static ImportReport run(Path db, String kind, boolean skipBad, Path... files) {
        List<String> progress = new ArrayList<>();
        try (Connection c = Database.openWritable(db)) {
            return new ImportRunner(c, progress::add).run(Importers.byKind(kind).orElseThrow(), List.of(files), skipBad);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<List<Object>> query(Path db, String sql) {
        try (Connection c = Database.openReadOnly(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object o = rs.getObject(i);
                    row.add(o instanceof java.sql.Date d ? d.toLocalDate().toString() : o instanceof java.time.LocalDate d ? d.toString() : o);
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Path db, String sql) { return ((Number) query(db, sql).get(0).get(0)).longValue(); }

    /** Rows as key -> count maps, for comparing grouped counts. */
    static Map<String, Long> counts(Path db, String sql) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (List<Object> r : query(db, sql)) m.put(String.valueOf(r.get(0)), ((Number) r.get(1)).longValue());
        return m;
    }
}
