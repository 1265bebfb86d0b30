package org.astropol.app;

import org.astropol.analysis.UnknownIdException;
import org.astropol.curation.BuildingKnowledgeBase;
import org.astropol.ingest.Review;
import org.astropol.store.Database;
import org.astropol.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The astropol command line. Exit codes (docs/cli.md): 0 ok, 1 data or input error, 2 usage error, 3 conflict (a
 * review candidate already decided, the database held by another process past the wait), 4 internal error (a bug:
 * the message names the exception; ASTROPOL_DEBUG=1 prints the stack trace). Errors are reported as one clear line on
 * stderr, never as a stack trace.
 */
@Command(name = "astropol", mixinStandardHelpOptions = true, version = "astropol 0.1.0",
        description = "Cited, time-aware knowledge base and analytics of the international space development pattern.",
        subcommands = {CheckCommand.class, BuildCommand.class, EntityCommand.class, MembersCommand.class,
                TimelineCommand.class, SqlCommand.class, CoverageCommand.class, FirstsCommand.class,
                NetworkCommand.class, TiersCommand.class, DensityCommand.class, CompareCommand.class, AlignmentCommand.class, AnalyseAllCommand.class, ServeCommand.class,
                ImportCommand.class, VoteCommand.class, GenerateCommand.class,
                IngestCommand.class, ExtractCommand.class, SearchCommand.class, ReviewCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0, DATA_ERROR = 1, USAGE_ERROR = 2, CONFLICT = 3, INTERNAL_ERROR = 4;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCode(ex);
            commandLine.getErr().println((code == INTERNAL_ERROR ? "internal error: " : "error: ") + message(ex));
            if (ex instanceof BuildingKnowledgeBase.InvalidDataException bad) {
                bad.problems().forEach(p -> commandLine.getErr().println(p));
            }
            if (System.getenv("ASTROPOL_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            else if (code == INTERNAL_ERROR) commandLine.getErr().println("(a bug of astropol; ASTROPOL_DEBUG=1 prints the stack trace for a report)");
            commandLine.getErr().flush();
            return code;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The exit code of a command that failed with {@code ex}. */
    static int exitCode(Exception ex) {
        if (ex instanceof Review.ReviewException r && r.kind() == Review.ReviewException.Kind.ALREADY_DECIDED) return CONFLICT;
        if (ex instanceof Database.LockedException) return CONFLICT;
        if (ex instanceof UnknownIdException || ex instanceof StoreException || ex instanceof IllegalArgumentException
                || ex instanceof BuildingKnowledgeBase.InvalidDataException || ex instanceof org.astropol.imports.ImportException
                || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException || ex instanceof java.sql.SQLException) return DATA_ERROR;
        return INTERNAL_ERROR;
    }

    /** A usage error (exit 2, with the command's usage), for checks picocli cannot make itself. */
    static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String message(Exception ex) {
        if (ex instanceof UnknownIdException || ex instanceof StoreException || ex instanceof IllegalArgumentException
                || ex instanceof BuildingKnowledgeBase.InvalidDataException || ex instanceof org.astropol.imports.ImportException) return ex.getMessage();
        if (ex instanceof java.io.IOException io) return "I/O problem: " + io.getMessage();
        return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }

    /** Progress goes to stderr so stdout stays clean for JSON and CSV. */
    static void progress(String message) {
        System.err.println("astropol: " + message);
    }
}
