import org.astropol.store.Database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Reference point for the import benchmark: DuckDB's own parallel C++ CSV reader loading the same satcat file into a
 * table of a database file, with the column types the pandas peer uses (9 DOUBLE columns, the rest VARCHAR, '-' as
 * missing) and the storage format astropol writes (opened as astropol opens its database). No validation, no key check, no comparison with a previous
 * release: it shows what writing this file into DuckDB costs at best on the machine.
 *
 * With a third argument {@code ignore-errors}, rows DuckDB's reader rejects (a field count or a type it cannot cast) are
 * skipped, its own counterpart of astropol's --skip-bad.
 *
 * usage: java -cp astropol.jar bench/DuckDbLoad.java FILE DB [ignore-errors]  -> prints "rows seconds"
 */
public class DuckDbLoad {
    static final String[] NUMBERS = {"Mass", "DryMass", "TotMass", "Length", "Diameter", "Span", "Perigee", "Apogee", "Inc"};

    public static void main(String[] args) throws Exception {
        String file = args[0], db = args[1];
        boolean ignoreErrors = args.length > 2 && args[2].equals("ignore-errors");
        new java.io.File(db).delete();
        new java.io.File(db + ".wal").delete();
        StringBuilder types = new StringBuilder("{");
        for (String n : NUMBERS) types.append(types.length() > 1 ? ", " : "").append("'").append(n).append("': 'DOUBLE'");
        types.append("}");
        long t = System.nanoTime();
        long rows;
        try (Connection c = Database.openWritable(Path.of(db)); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE space_object AS SELECT * FROM read_csv('" + file.replace("'", "''") + "', delim = '\\t', header = true, "
                    + "nullstr = '-', quote = '', escape = '', all_varchar = false, " + (ignoreErrors ? "ignore_errors = true, " : "")
                    + "types = " + types + ")");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM space_object")) { rs.next(); rows = rs.getLong(1); }
        }
        System.out.println(rows + " " + String.format("%.3f", (System.nanoTime() - t) / 1e9));
    }
}
