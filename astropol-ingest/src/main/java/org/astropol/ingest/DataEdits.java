package org.astropol.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files one review decision changes, each replaced atomically, and taken back together when the data
 * fails check or the decision cannot be recorded: every file gets the text it had before the first change.
 */
final class DataEdits {
    /** Each changed file's text before the first change (null: the file did not exist). */
    private final Map<Path, String> before = new LinkedHashMap<>();

    /** The file's current text, or null when it does not exist. */
    String read(Path path) throws IOException {
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
    }

    /** Replaces the file's text atomically, remembering its first state. */
    void write(Path path, String content) throws IOException {
        if (!before.containsKey(path)) before.put(path, read(path));
        Files.createDirectories(path.toAbsolutePath().getParent());
        AcceptedFile.replace(path, content);
    }

    /** Puts every changed file back as it was, the last changed first. */
    void undo() throws IOException {
        List<Map.Entry<Path, String>> changed = new ArrayList<>(before.entrySet());
        for (int i = changed.size() - 1; i >= 0; i--) {
            var e = changed.get(i);
            if (e.getValue() == null) Files.deleteIfExists(e.getKey()); else AcceptedFile.replace(e.getKey(), e.getValue());
        }
        before.clear();
    }
}
