package org.astropol.store;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.Origin;
import org.astropol.model.Source;
import org.astropol.model.Statement;
import org.astropol.model.Status;
import org.astropol.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriterTest {
    @TempDir Path tmp;
    static final List<Citation> CITE = List.of(new Citation("s", Citation.LocatorKind.PAGE, "3"));

    static KnowledgeBase kb(List<Statement> statements) {
        Source s = new Source("s", "paper", "A source", List.of("A. Author"), "P", null, "https://example.org", null, null, null, Origin.UNKNOWN);
        Entity chn = new Entity("CHN", EntityType.STATE, "state", "China", List.of(new Name("China", "en", Name.NameKind.PRIMARY),
                new Name("中国", "zh", Name.NameKind.OFFICIAL)), null, Interval.ALWAYS, Map.of("iso2", "CN"), List.of(), List.of(), CITE, Origin.UNKNOWN);
        return new KnowledgeBase(List.of(s), List.of(chn), statements, List.of(), List.of());
    }

    static Statement budget(String id, String amount) {
        return new Statement(id, "CHN", "space-budget", new Value.Quantity(new BigDecimal(amount), null, "USD", 2019),
                Interval.ALWAYS, Status.ASSERTED, null, CITE, Origin.UNKNOWN);
    }

    @Test
    void aFailureInTheMiddleOfTheWriteRollsBackToThePreviousContent() throws Exception {
        Path db = tmp.resolve("kb.duckdb");
        try (Connection c = Database.openWritable(db)) {
            new KnowledgeBaseWriter(c, m -> { }).write(kb(List.of(budget("st-1", "8900000000"))), Map.of("data_hash", "first"));
        }
        // two statements with the same id violate the primary key half-way through the write
        try (Connection c = Database.openWritable(db)) {
            assertThatThrownBy(() -> new KnowledgeBaseWriter(c, m -> { })
                    .write(kb(List.of(budget("st-2", "1"), budget("st-2", "2"))), Map.of("data_hash", "second")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("previous database kept");
        }
        try (Connection c = Database.openReadOnly(db)) {
            KnowledgeBase back = KnowledgeBaseReader.read(c);
            assertThat(back.statements()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo("st-1");
                assertThat(((Value.Quantity) s.value()).amount()).isEqualByComparingTo("8900000000");
            });
            assertThat(KnowledgeBaseReader.buildInfo(c, "data_hash")).isEqualTo("first");
            assertThat(back.entity("CHN").orElseThrow().allNames()).containsExactly("China", "中国");
        }
    }

    @Test
    void tablesOtherThanTheCuratedOnesSurviveABuild() throws Exception {
        Path db = tmp.resolve("kb.duckdb");
        try (Connection c = Database.openWritable(db); var st = c.createStatement()) {
            st.execute("CREATE TABLE un_vote (rcid INTEGER, state VARCHAR, vote VARCHAR)");
            st.execute("INSERT INTO un_vote VALUES (1, 'CHN', 'yes')");
            new KnowledgeBaseWriter(c, m -> { }).write(kb(List.of(budget("st-1", "1"))), Map.of());
            new KnowledgeBaseWriter(c, m -> { }).write(kb(List.of(budget("st-1", "2"))), Map.of());
        }
        try (Connection c = Database.openReadOnly(db)) {
            var r = ReadOnlyQuery.run(c, "SELECT count(*) AS n FROM un_vote", 10);
            assertThat(((Number) r.rows().get(0).get("n")).intValue()).isEqualTo(1);
        }
    }

    @Test
    void newDatabaseFilesUseTheDocumentedStorageFormatAndReopenReadOnly() throws Exception {
        Path db = tmp.resolve("fresh.duckdb");
        try (Connection c = Database.openWritable(db); var st = c.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT 'text ' || range AS s FROM range(1000)");
        }
        try (Connection c = Database.openReadOnly(db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = 'fresh'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith(Database.STORAGE_VERSION);
        }
        try (Connection c = Database.openReadOnly(db); var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1000);
        }
    }

    @Test
    void aFailingQueryNamesTheRealCause() throws Exception {
        Path db = tmp.resolve("kb.duckdb");
        try (Connection c = Database.openWritable(db)) {
            new KnowledgeBaseWriter(c, m -> { }).write(kb(List.of(budget("st-1", "1"))), Map.of());
        }
        try (Connection c = Database.openReadOnly(db)) {
            assertThatThrownBy(() -> ReadOnlyQuery.run(c, "SELECT 1 FROM no_such_table", 10))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no_such_table").hasMessageContaining("does not exist");
        }
    }

}
