package org.astropol.web;

import org.astropol.curation.BuildingKnowledgeBase;
import org.astropol.curation.CuratedDataReader;
import org.astropol.model.KnowledgeBase;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's own data/ as a fresh clone serves it: compiled into a DuckDB file in {@code dir} (so the recorded
 * votes, the alignment and build_info.data_hash are there) and read into a knowledge base.
 */
final class RepositoryServer {
    static final Path ROOT = Path.of(System.getProperty("astropol.root", ".."));

    record Built(KnowledgeBase kb, Path db, String dataHash) {}

    private RepositoryServer() {}

    static Built build(Path dir) throws Exception {
        Path data = ROOT.resolve("data");
        if (!Files.isDirectory(data)) throw new IllegalStateException("no data/ under " + ROOT.toAbsolutePath() + " (system property astropol.root)");
        Path db = dir.resolve("astropol.duckdb");
        var outcome = BuildingKnowledgeBase.build(data, db, m -> { });
        var read = CuratedDataReader.read(data);
        if (!read.ok()) throw new IllegalStateException("data/ is invalid: " + read.problems());
        return new Built(read.knowledgeBase(), db, outcome.contentHash());
    }

    static WebServer start(Built b) {
        return WebServer.start(b.kb(), WebConfig.defaults().withPort(0).withRateLimit(10_000, 10_000).withDatabase(b.db()));
    }
}
