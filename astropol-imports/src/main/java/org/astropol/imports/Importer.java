package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One dataset format: the tables it fills and how to read its files. Free of any user-interface concern. */
public interface Importer {
    /** The name used on the command line, e.g. {@code gcat-launchlog}. */
    String kind();

    String description();

    /** The tables this import replaces (all of them, in one transaction). */
    List<TableSpec> tables();

    /** The files to read for the paths the user gave (a folder may stand for several files). */
    default List<Path> resolve(List<Path> paths) { return paths; }

    /** Streams the rows of {@code files} into {@code sink}. */
    void read(List<Path> files, Sink sink) throws IOException;
}
