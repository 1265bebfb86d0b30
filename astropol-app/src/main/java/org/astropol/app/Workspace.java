package org.astropol.app;

import org.astropol.curation.KnowledgeBaseCache;
import org.astropol.model.KnowledgeBase;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the data and the database are: data/ under the astropol home (the repository, passed by the launcher
 * as {@code -Dastropol.home}) and the database at {@code var/astropol.duckdb} there, unless overridden.
 */
public final class Workspace {
    @Option(names = "--data", paramLabel = "DIR", description = "Curated data folder (default: <home>/data).")
    Path data;

    @Option(names = "--db", paramLabel = "PATH", description = "DuckDB database file (default: <home>/var/astropol.duckdb, or $ASTROPOL_DB).")
    Path db;

    static Path home() {
        String h = System.getProperty("astropol.home");
        return Path.of(h != null ? h : ".").toAbsolutePath().normalize();
    }

    public Path dataDir() { return data != null ? data : home().resolve("data"); }

    public Path dbFile() {
        if (db != null) return db;
        String env = System.getenv("ASTROPOL_DB");
        return env != null && !env.isBlank() ? Path.of(env) : home().resolve("var").resolve("astropol.duckdb");
    }

    /**
     * Builds the database when missing or stale, then loads the knowledge base from it (from the snapshot beside
     * it while data/ and the database are unchanged, see {@link KnowledgeBaseCache}).
     */
    public KnowledgeBase knowledgeBase() throws IOException {
        return KnowledgeBaseCache.load(dataDir(), dbFile(), Main::progress);
    }

    /** Builds the database when data/ changed; returns the stamp of data/ and the database (a key for cached results). */
    public String ensureBuilt() throws IOException {
        return KnowledgeBaseCache.ensureBuilt(dataDir(), dbFile(), Main::progress);
    }
}
