package org.astropol.curation;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import org.astropol.store.KnowledgeBaseReader;
import org.astropol.store.KnowledgeBaseSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseCacheTest {
    @TempDir Path tmp;

    @Test
    void theSnapshotHoldsExactlyWhatTheDatabaseHolds() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        KnowledgeBase first = KnowledgeBaseCache.load(data, db, m -> { });
        Path snapshot = tmp.resolve("kb.duckdb.kb");
        assertThat(snapshot).exists();
        assertThat(tmp.resolve("kb.duckdb.stamp")).exists();

        KnowledgeBase fromDb;
        try (Connection c = Database.openReadOnly(db)) { fromDb = KnowledgeBaseReader.read(c); }
        KnowledgeBase fromSnapshot = KnowledgeBaseSnapshot.read(Files.readAllBytes(snapshot));
        for (KnowledgeBase kb : List.of(first, fromSnapshot, KnowledgeBaseCache.load(data, db, m -> { }))) {
            assertThat(kb.statements()).isEqualTo(fromDb.statements()).isNotEmpty();
            assertThat(kb.relationships()).isEqualTo(fromDb.relationships()).isNotEmpty();
            assertThat(List.copyOf(kb.entities())).isEqualTo(List.copyOf(fromDb.entities())).isNotEmpty();
            assertThat(List.copyOf(kb.sources())).isEqualTo(List.copyOf(fromDb.sources())).isNotEmpty();
            assertThat(List.copyOf(kb.properties())).isEqualTo(List.copyOf(fromDb.properties())).isNotEmpty();
        }
    }

    @Test
    void aSnapshotReadOnDemandAnswersEveryLookupAsTheWholeKnowledgeBase() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        KnowledgeBase whole = KnowledgeBaseCache.load(data, db, m -> { });
        byte[] bytes = Files.readAllBytes(tmp.resolve("kb.duckdb.kb"));
        KnowledgeBase onDemand = KnowledgeBaseSnapshot.open(bytes);
        // every key the indexes can hold, in several spellings, and keys that are nowhere
        java.util.Set<String> keys = new java.util.TreeSet<>(List.of("", "no-such-id", "zzz"));
        for (Entity e : whole.entities()) { keys.add(e.id()); keys.addAll(e.participants()); }
        for (var s : whole.statements()) { keys.add(s.subject()); if (s.value() instanceof org.astropol.model.Value.EntityRef r) keys.add(r.id()); }
        for (var r : whole.relationships()) keys.addAll(r.participants());
        for (var src : whole.sources()) keys.add(src.id());
        for (var p : whole.properties()) keys.add(p.id());
        for (String k : List.copyOf(keys)) { keys.add(k.toLowerCase(java.util.Locale.ROOT)); keys.add(k.toUpperCase(java.util.Locale.ROOT)); }
        assertThat(keys).hasSizeGreaterThan(100);
        for (String k : keys) {
            assertThat(onDemand.entity(k)).as(k).isEqualTo(whole.entity(k));
            assertThat(onDemand.findEntity(k)).as(k).isEqualTo(whole.findEntity(k));
            assertThat(onDemand.source(k)).as(k).isEqualTo(whole.source(k));
            assertThat(onDemand.property(k)).as(k).isEqualTo(whole.property(k));
            assertThat(onDemand.statementsAbout(k)).as(k).isEqualTo(whole.statementsAbout(k));
            assertThat(onDemand.statementsPointingAt(k)).as(k).isEqualTo(whole.statementsPointingAt(k));
            assertThat(onDemand.relationshipsOf(k)).as(k).isEqualTo(whole.relationshipsOf(k));
            assertThat(onDemand.eventsWith(k)).as(k).isEqualTo(whole.eventsWith(k));
        }
        assertThat(onDemand.statements()).isEqualTo(whole.statements());
        assertThat(onDemand.relationships()).isEqualTo(whole.relationships());
        assertThat(List.copyOf(onDemand.entities())).isEqualTo(List.copyOf(whole.entities()));
        assertThat(List.copyOf(onDemand.sources())).isEqualTo(List.copyOf(whole.sources()));
        // a damaged byte anywhere is caught when the snapshot is opened, not in the middle of a query
        bytes[bytes.length / 2] ^= 1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnowledgeBaseSnapshot.open(bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnchangedWorkspaceIsAnsweredFromTheSnapshotWithoutRebuilding() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        KnowledgeBaseCache.load(data, db, m -> { });
        FileTime built = Files.getLastModifiedTime(db);
        List<String> progress = new ArrayList<>();
        KnowledgeBase again = KnowledgeBaseCache.load(data, db, progress::add);
        assertThat(progress).isEmpty();
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(built);
        assertThat(again.entity("RUS")).isPresent();
    }

    @Test
    void anEditedDataFileIsSeenAndRebuiltEvenWhenItsSizeStaysTheSame() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        assertThat(name(KnowledgeBaseCache.load(data, db, m -> { }), "BRA")).isEqualTo("Brazil");

        Path file = data.resolve("topics/artemis.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("name: Brazil,", "name: Brazik,"));
        List<String> progress = new ArrayList<>();
        assertThat(name(KnowledgeBaseCache.load(data, db, progress::add), "BRA")).isEqualTo("Brazik");
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("data/ changed"));
        // ensureBuilt, the path of commands that read the database themselves, sees it too
        Files.writeString(file, text);
        progress.clear();
        KnowledgeBaseCache.ensureBuilt(data, db, progress::add);
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("data/ changed"));
        assertThat(name(KnowledgeBaseCache.load(data, db, m -> { }), "BRA")).isEqualTo("Brazil");
    }

    @Test
    void anAddedFileAndTouchedButUnchangedFilesAreHandledByContent() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        KnowledgeBaseCache.load(data, db, m -> { });
        Files.writeString(data.resolve("topics/more.yaml"), "entities:\n  - {id: FRA, type: state, name: France, source: test-doc, page: 1}\n");
        assertThat(KnowledgeBaseCache.load(data, db, m -> { }).entity("FRA")).isPresent();

        // a checkout that only moves times: the content hash decides, nothing is rebuilt
        Files.setLastModifiedTime(data.resolve("topics/more.yaml"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        FileTime built = Files.getLastModifiedTime(db);
        List<String> progress = new ArrayList<>();
        KnowledgeBaseCache.load(data, db, progress::add);
        assertThat(progress).noneSatisfy(p -> assertThat(p).contains("changed"));
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(built);
    }

    @Test
    void aDamagedSnapshotIsIgnoredAndReplaced() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        KnowledgeBase kb = KnowledgeBaseCache.load(data, db, m -> { });
        Path snapshot = tmp.resolve("kb.duckdb.kb");
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(KnowledgeBaseCache.load(data, db, m -> { }).statements()).isEqualTo(kb.statements());
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(whole);
    }

    @Test
    void aPrefetchedKnowledgeBaseIsTheOneLoadWouldRead() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        KnowledgeBase kb = KnowledgeBaseCache.load(data, db, m -> { });
        KnowledgeBaseCache.prefetch(data, db, true);
        List<String> progress = new ArrayList<>();
        KnowledgeBase prefetched = KnowledgeBaseCache.load(data, db, progress::add);
        assertThat(progress).isEmpty();
        assertThat(prefetched.statements()).isEqualTo(kb.statements());
        assertThat(List.copyOf(prefetched.entities())).isEqualTo(List.copyOf(kb.entities()));
    }

    @Test
    void aPrefetchBeforeAnEditStillLetsTheEditBeSeenByTheNextCommand() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb");
        KnowledgeBaseCache.load(data, db, m -> { });
        Path file = data.resolve("topics/artemis.yaml");
        Files.writeString(file, Files.readString(file).replace("name: Brazil,", "name: Brazik,"));
        // the edit happened before the prefetch: the prefetch finds the stamp moved, load rebuilds
        KnowledgeBaseCache.prefetch(data, db, true);
        List<String> progress = new ArrayList<>();
        assertThat(name(KnowledgeBaseCache.load(data, db, progress::add), "BRA")).isEqualTo("Brazik");
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("data/ changed"));
        // a vote-like command (stamp only) after another edit
        Files.writeString(file, Files.readString(file).replace("name: Brazik,", "name: Brazil,"));
        KnowledgeBaseCache.prefetch(data, db, false);
        progress.clear();
        KnowledgeBaseCache.ensureBuilt(data, db, progress::add);
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("data/ changed"));
    }

    @Test
    void aPrefetchForOtherPathsIsNotUsed() throws Exception {
        Path data = Fixture.copyTo(tmp.resolve("repo"));
        Path db = tmp.resolve("kb.duckdb"), other = tmp.resolve("other.duckdb");
        KnowledgeBaseCache.load(data, db, m -> { });
        KnowledgeBaseCache.prefetch(data, db, true);
        List<String> progress = new ArrayList<>();
        assertThat(KnowledgeBaseCache.load(data, other, progress::add).entity("RUS")).isPresent();
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("building"));
        assertThat(other).exists();
    }

    private static String name(KnowledgeBase kb, String id) {
        return kb.entity(id).map(Entity::name).orElseThrow();
    }
}
