package org.astropol.curation;

import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import org.astropol.store.KnowledgeBaseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildTest {
    @TempDir Path tmp;

    @Test
    void aFailedBuildRefusesAndLeavesThePreviousDatabaseUntouched() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        BuildingKnowledgeBase.build(data, db, m -> { });
        List<String> before = dump(db);
        byte[] bytesBefore = Files.readAllBytes(db);

        Files.writeString(data.resolve("topics/broken.yaml"), "entities:\n  - {id: XQZ, type: state, name: Nowhere, source: test-doc}\n");
        assertThatThrownBy(() -> BuildingKnowledgeBase.build(data, db, m -> { }))
                .isInstanceOf(BuildingKnowledgeBase.InvalidDataException.class)
                .satisfies(e -> assertThat(((BuildingKnowledgeBase.InvalidDataException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).startsWith("data/topics/broken.yaml:2:")));
        assertThat(Files.readAllBytes(db)).isEqualTo(bytesBefore);
        assertThat(dump(db)).isEqualTo(before);
    }

    @Test
    void theSameInputGivesTheSameContentAndRoundTripsThroughTheStore() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path a = tmp.resolve("a.duckdb"), b = tmp.resolve("b.duckdb");
        BuildingKnowledgeBase.build(data, a, m -> { });
        BuildingKnowledgeBase.build(data, b, m -> { });
        assertThat(dump(a)).isEqualTo(dump(b)).isNotEmpty();

        KnowledgeBase fromFiles = CuratedDataReader.read(data).knowledgeBase();
        KnowledgeBase fromDb;
        try (Connection c = Database.openReadOnly(a)) { fromDb = KnowledgeBaseReader.read(c); }
        assertThat(fromDb.statements()).isEqualTo(fromFiles.statements());
        assertThat(fromDb.relationships()).isEqualTo(fromFiles.relationships());
        assertThat(List.copyOf(fromDb.entities())).isEqualTo(List.copyOf(fromFiles.entities()));
        assertThat(List.copyOf(fromDb.sources())).isEqualTo(List.copyOf(fromFiles.sources()));
    }

    @Test
    void ensureBuiltRebuildsOnlyWhenDataChanged() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        assertThat(BuildingKnowledgeBase.ensureBuilt(data, db, m -> { }).rebuilt()).isTrue();
        assertThat(BuildingKnowledgeBase.ensureBuilt(data, db, m -> { }).rebuilt()).isFalse();
        Files.writeString(data.resolve("topics/more.yaml"), "entities:\n  - {id: FRA, type: state, name: France, source: test-doc, page: 1}\n");
        assertThat(BuildingKnowledgeBase.ensureBuilt(data, db, m -> { }).rebuilt()).isTrue();
    }

    /** Every curated table's rows, in a stable order, as text. */
    static List<String> dump(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = Database.openReadOnly(db)) {
            for (String t : org.astropol.store.KnowledgeBaseWriter.CURATED_TABLES) {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY ALL")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(t).append(':');
                        for (int i = 1; i <= n; i++) b.append(rs.getString(i)).append('|');
                        out.add(b.toString());
                    }
                }
            }
        }
        return out;
    }
}
