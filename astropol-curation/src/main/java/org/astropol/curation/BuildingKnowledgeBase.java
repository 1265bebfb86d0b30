package org.astropol.curation;

import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import org.astropol.store.KnowledgeBaseReader;
import org.astropol.store.KnowledgeBaseWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compiles data/ into the DuckDB file. Validation runs first and nothing is written when it fails; the write
 * itself is one transaction, so a failed build leaves the previous database as it was.
 */
public final class BuildingKnowledgeBase {

    /** The data did not pass the check; the database was not touched. */
    public static final class InvalidDataException extends RuntimeException {
        private final List<Problem> problems;
        public InvalidDataException(List<Problem> problems) {
            super(problems.size() + " problem(s) in data/; nothing was built");
            this.problems = problems;
        }
        public List<Problem> problems() { return problems; }
    }

    public record Outcome(boolean rebuilt, int entities, int statements, int relationships, int sources, String contentHash) {}

    private BuildingKnowledgeBase() {}

    /** The layout of the curated tables; a database written in another layout is rebuilt (2: membership.stage and status). */
    static final String FORMAT = "2";

    public static Outcome build(Path dataDir, Path dbFile, Consumer<String> progress) throws IOException {
        progress.accept("checking " + dataDir);
        CuratedDataReader.Result r = CuratedDataReader.read(dataDir);
        r.warnings().forEach(w -> progress.accept("warning: " + w));
        if (!r.ok()) throw new InvalidDataException(r.problems());
        KnowledgeBase kb = r.knowledgeBase();
        progress.accept("building " + dbFile + " from " + r.fileCount() + " files");
        try (Connection c = Database.openWritable(dbFile)) {
            new KnowledgeBaseWriter(c, progress).write(kb, r.rollCalls(), Map.of("data_hash", r.contentHash(), "format", FORMAT));
        } catch (SQLException e) {
            throw new IOException("cannot close database " + dbFile, e);
        }
        progress.accept("built: " + kb.entities().size() + " entities, " + kb.statements().size() + " statements, "
                + kb.relationships().size() + " relationships, " + kb.sources().size() + " sources, " + r.rollCalls().size() + " recorded votes");
        return new Outcome(true, kb.entities().size(), kb.statements().size(), kb.relationships().size(), kb.sources().size(), r.contentHash());
    }

    /** Builds when the database is missing or was built from other data than data/ holds now. */
    public static Outcome ensureBuilt(Path dataDir, Path dbFile, Consumer<String> progress) throws IOException {
        if (Files.exists(dbFile)) {
            String current = DataHash.of(dataDir);
            String built;
            try (Connection c = Database.openReadOnly(dbFile)) {
                built = FORMAT.equals(KnowledgeBaseReader.buildInfo(c, "format")) ? KnowledgeBaseReader.buildInfo(c, "data_hash") : null;
            } catch (SQLException e) {
                built = null;
            }
            if (current.equals(built)) return new Outcome(false, 0, 0, 0, 0, current);
            progress.accept(built == null ? "database has no knowledge base yet" : "data/ changed since the last build");
        } else {
            progress.accept("no database at " + dbFile + " yet");
        }
        return build(dataDir, dbFile, progress);
    }
}
