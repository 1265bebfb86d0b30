package org.astropol.curation;

import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import org.astropol.store.KnowledgeBaseReader;
import org.astropol.store.KnowledgeBaseSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keeps query commands from paying for a rebuild check and a full load of the knowledge base on every call.
 *
 * <p>The <em>stamp</em> of a database is the list of the names, sizes and modification times of the YAML files
 * under data/, of the database file and its write-ahead log, and of the code that wrote the snapshot. While the
 * stamp is the one recorded beside the database ({@code <db>.stamp}), data/ is the data the database was built from
 * and the content hash of data/ is not recomputed. When any time or size moved, {@link BuildingKnowledgeBase#ensureBuilt}
 * decides by content hash as before (a checkout that only touched times rebuilds nothing).
 *
 * <p>The <em>snapshot</em> ({@code <db>.kb}) is the knowledge base as read from the database, in the compact form of
 * {@link KnowledgeBaseSnapshot}, headed by the stamp it was made under: loading it takes a fraction of opening
 * DuckDB and running the dozen queries of {@link KnowledgeBaseReader}. A snapshot under another stamp,
 * or one that cannot be read, is ignored and replaced. Both files are written atomically (temporary file, rename);
 * failing to write them (read-only folder) only costs speed.
 */
public final class KnowledgeBaseCache {
    private static final String FORMAT = "astropol-kb-snapshot 3";

    private KnowledgeBaseCache() {}

    /**
     * Builds the database when data/ changed since it was built (cheap when nothing moved); returns the stamp of
     * data/ and the database as they are now, a key for results computed from the knowledge base.
     */
    public static String ensureBuilt(Path dataDir, Path dbFile, Consumer<String> progress) throws IOException {
        Current early = Prefetch.take(dataDir, dbFile);
        if (early != null) return early.stamp();
        String dataPart = dataFingerprint(dataDir);
        Path stampFile = sibling(dbFile, ".stamp");
        if (Files.exists(dbFile)) {
            String stamp = stamp(dataPart, dbFile);
            if (stamp.equals(readStamp(stampFile))) return stamp;
        }
        BuildingKnowledgeBase.ensureBuilt(dataDir, dbFile, progress);
        // the data part is the one taken before the check: a file edited meanwhile moves the stamp again
        String stamp = stamp(dataPart, dbFile);
        writeAtomically(stampFile, stamp.getBytes(StandardCharsets.UTF_8));
        return stamp;
    }

    /** Builds when needed, then loads the knowledge base, from the snapshot when it is current. */
    public static KnowledgeBase load(Path dataDir, Path dbFile, Consumer<String> progress) throws IOException {
        Current early = Prefetch.take(dataDir, dbFile);
        if (early != null && early.kb() != null) return early.kb();
        String dataPart = dataFingerprint(dataDir);
        Path stampFile = sibling(dbFile, ".stamp");
        Path snapshot = sibling(dbFile, ".kb");
        if (Files.exists(dbFile)) {
            String stamp = stamp(dataPart, dbFile);
            if (stamp.equals(readStamp(stampFile))) {
                KnowledgeBase kb = readSnapshot(snapshot, stamp, false);
                if (kb != null) return kb;
            }
        }
        BuildingKnowledgeBase.ensureBuilt(dataDir, dbFile, progress);
        KnowledgeBase kb;
        try (Connection c = Database.openReadOnly(dbFile)) {
            kb = KnowledgeBaseReader.read(c);
        } catch (SQLException e) {
            throw new IOException("cannot close database " + dbFile, e);
        }
        String stamp = stamp(dataPart, dbFile);
        writeSnapshot(snapshot, stamp, kb);
        writeAtomically(stampFile, stamp.getBytes(StandardCharsets.UTF_8));
        return kb;
    }

    /**
     * Starts checking the stamp (and, with {@code knowledgeBase}, reading the snapshot) of this data folder and database
     * on a background thread, so that the work overlaps what the caller does meanwhile (a command line being parsed:
     * on two cores a query command's answer comes about a third sooner). The next {@link #load} or {@link #ensureBuilt}
     * for the same two paths takes the result when it found everything current, and otherwise does its own work as
     * usual; a prefetch for other paths is dropped. It never builds or writes anything.
     */
    public static void prefetch(Path dataDir, Path dbFile, boolean knowledgeBase) {
        Prefetch.start(dataDir, dbFile, knowledgeBase ? Read.WHOLE : Read.STAMP);
    }

    /**
     * As {@link #prefetch(Path, Path, boolean)} with the knowledge base, whose records are then decoded from the
     * snapshot when first looked up ({@link KnowledgeBaseSnapshot#open}): for a command that looks up a few records by
     * key (members, entity), not for one that goes through them all.
     */
    public static void prefetchOnDemand(Path dataDir, Path dbFile) {
        Prefetch.start(dataDir, dbFile, Read.ON_DEMAND);
    }

    /** What a prefetch reads: the stamp only, the whole snapshot, or the snapshot's records on demand. */
    enum Read { STAMP, WHOLE, ON_DEMAND }

    /** A stamp found current, with the snapshot read under it (null when not asked for or not readable). */
    record Current(String stamp, KnowledgeBase kb) {}

    /** The stamp of this data folder and database when it is the one recorded beside the database; null when it moved. */
    static String currentStamp(Path dataDir, Path dbFile) throws IOException {
        if (!Files.exists(dbFile)) return null;
        String stamp = stamp(dataFingerprint(dataDir), dbFile);
        return stamp.equals(readStamp(sibling(dbFile, ".stamp"))) ? stamp : null;
    }

    /**
     * The one prefetch of this process (a command line asks one question). The stamp is checked on one thread while the
     * snapshot is read on another (on two cores both take a similar time, so the answer comes sooner); the snapshot
     * counts only when the stamp is current and the snapshot was made under it.
     */
    private static final class Prefetch {
        private static Prefetch pending;
        private final Path dataDir, dbFile;
        private final Thread stampThread, snapshotThread;
        private volatile String stamp;
        private volatile KnowledgeBase kb;
        private volatile String kbStamp;

        private Prefetch(Path dataDir, Path dbFile, Read read) {
            this.dataDir = dataDir;
            this.dbFile = dbFile;
            this.stampThread = new Thread(() -> {
                try {
                    stamp = currentStamp(dataDir, dbFile);
                } catch (IOException | RuntimeException e) {
                    stamp = null; // the caller's own check reports the problem
                }
            }, "astropol-prefetch");
            stampThread.setDaemon(true);
            this.snapshotThread = read == Read.STAMP ? null : new Thread(() -> {
                try {
                    byte[] bytes = Files.readAllBytes(sibling(dbFile, ".kb"));
                    String header = KnowledgeBaseSnapshot.header(bytes);
                    if (header != null) {
                        kb = read == Read.ON_DEMAND ? KnowledgeBaseSnapshot.open(bytes) : KnowledgeBaseSnapshot.read(bytes);
                        kbStamp = header;
                    }
                } catch (IOException | RuntimeException e) {
                    kb = null; // missing or damaged: the caller makes it again
                }
            }, "astropol-prefetch-snapshot");
            if (snapshotThread != null) snapshotThread.setDaemon(true);
        }

        static synchronized void start(Path dataDir, Path dbFile, Read read) {
            pending = new Prefetch(dataDir, dbFile, read);
            pending.stampThread.start();
            if (pending.snapshotThread != null) pending.snapshotThread.start();
        }

        /** The prefetched result for these paths (waiting for it), or null; the prefetch is used at most once. */
        static Current take(Path dataDir, Path dbFile) {
            Prefetch p;
            synchronized (Prefetch.class) {
                p = pending;
                pending = null;
            }
            if (p == null || !p.dataDir.equals(dataDir) || !p.dbFile.equals(dbFile)) return null;
            try {
                p.stampThread.join();
                if (p.snapshotThread != null) p.snapshotThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            String stamp = p.stamp;
            if (stamp == null) return null;
            return new Current(stamp, stamp.equals(p.kbStamp) ? p.kb : null);
        }
    }

    /**
     * The stamp of the database file alone (with its write-ahead log and the running code): what a result computed
     * from the database, such as a vote, is keyed on.
     */
    public static String databaseStamp(Path dbFile) throws IOException {
        return stamp("", dbFile);
    }

    /** Names, sizes and modification times of the YAML files under data/, in path order. */
    static String dataFingerprint(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) return "no data folder";
        StringBuilder out = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        for (Path p : files) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            out.append(dataDir.relativize(p)).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis())
                    .append('.').append(a.lastModifiedTime().toInstant().getNano()).append('\n');
        }
        return out.toString();
    }

    /**
     * The stamp is the state text itself, compared in full, not a digest of it: the first SHA-256 of a cold JVM loads
     * the security providers and cost 15-40 ms of CPU (more than reading the snapshot's bytes), and a text of a few
     * kilobytes is as cheap to keep and compare. Results keyed on it hash it for their file names (ResultCache).
     */
    private static String stamp(String dataPart, Path dbFile) {
        return FORMAT + '\n' + dataPart + fileState(dbFile) + fileState(sibling(dbFile, ".wal")) + codeState();
    }

    private static String fileState(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return "|" + a.size() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + a.fileKey();
        } catch (IOException e) {
            return "|absent";
        }
    }

    /**
     * The jar (or classes folder) this class was loaded from, by size and time: a rebuilt application never reads a
     * snapshot an older one wrote (the model's records may have changed shape).
     */
    private static String codeState() {
        try {
            var source = KnowledgeBaseCache.class.getProtectionDomain().getCodeSource();
            return source == null ? "|unknown code" : fileState(Path.of(source.getLocation().toURI()));
        } catch (Exception e) {
            return "|unknown code";
        }
    }

    private static String readStamp(Path stampFile) {
        try {
            return Files.readString(stampFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The snapshot's knowledge base, whole or with its records decoded on demand; null when missing, stale or damaged. */
    private static KnowledgeBase readSnapshot(Path snapshot, String stamp, boolean onDemand) {
        try {
            byte[] bytes = Files.readAllBytes(snapshot);
            if (!stamp.equals(KnowledgeBaseSnapshot.header(bytes))) return null;
            return onDemand ? KnowledgeBaseSnapshot.open(bytes) : KnowledgeBaseSnapshot.read(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // a missing or unreadable snapshot is made again from the database
        }
    }

    private static void writeSnapshot(Path snapshot, String stamp, KnowledgeBase kb) {
        writeAtomically(snapshot, KnowledgeBaseSnapshot.write(stamp, kb));
    }

    private static void writeAtomically(Path target, byte[] content) {
        Path tmp = null;
        try {
            Path dir = target.toAbsolutePath().getParent();
            tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // read-only folder or full disk: the caches are only an optimisation
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
