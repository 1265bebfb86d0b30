package org.astropol.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ingests files and folders into the document tables: each file is loaded, linked and extracted, and stored in
 * its own transaction. A bad file is reported with its reason and skipped; the others still ingest.
 */
public final class Ingester {

    public record Report(int ingested, int unchanged, List<String> errors) {}

    private final DocumentLoader loader;
    private final Extractor extractor;
    private final Set<String> knownIds;
    private final Consumer<String> progress;

    public Ingester(DocumentLoader loader, Extractor extractor, Set<String> knownIds, Consumer<String> progress) {
        this.loader = loader;
        this.extractor = extractor;
        this.knownIds = knownIds;
        this.progress = progress;
    }

    /** The files a list of paths stands for: files as given, folders walked for supported extensions (sorted). */
    public static List<Path> expand(List<Path> paths, List<String> errors) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> DocumentLoader.EXTENSIONS.contains(DocumentLoader.extension(f)))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    errors.add(p + ": cannot list folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                errors.add(p + ": no such file or folder");
            }
        }
        return files;
    }

    public Report ingest(Connection c, List<Path> paths) {
        List<String> errors = new ArrayList<>();
        List<Path> files = expand(paths, errors);
        errors.forEach(e -> progress.accept("error: " + e));
        DocumentStore store = new DocumentStore(c);
        int ingested = 0, unchanged = 0, i = 0;
        for (Path f : files) {
            i++;
            String prefix = bar(i, files.size()) + " " + f + ": ";
            try {
                DocumentLoader.LoadedDocument d = loader.load(f.toAbsolutePath().normalize());
                if (store.contains(d.id())) {
                    unchanged++;
                    progress.accept(prefix + "unchanged (already ingested)");
                    continue;
                }
                DocumentStore.Stored s = store.store(d, extractor, knownIds);
                ingested++;
                progress.accept(prefix + s.passages() + " passages, " + s.mentions() + " mentions, " + s.candidates() + " candidates"
                        + (s.linked().isEmpty() ? "" : ", linked to " + String.join(" ", s.linked().subList(0, Math.min(8, s.linked().size())))
                        + (s.linked().size() > 8 ? " ..." : "")));
            } catch (DocumentLoader.BadDocumentException e) {
                errors.add(e.getMessage());
                progress.accept(bar(i, files.size()) + " error: " + e.getMessage());
            } catch (SQLException | RuntimeException e) {
                String msg = f + ": not stored (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                errors.add(msg);
                progress.accept(bar(i, files.size()) + " error: " + msg);
            }
        }
        return new Report(ingested, unchanged, errors);
    }

    static String bar(int i, int n) {
        int width = 20, filled = n == 0 ? width : i * width / n;
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + i + "/" + n;
    }
}
