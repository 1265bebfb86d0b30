package org.astropol.app;

import org.astropol.analysis.UnknownIdException;
import org.astropol.curation.BuildingKnowledgeBase;
import org.astropol.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The astropol command line. Exit codes: 0 ok, 1 data or input error, 2 usage error. User errors are
 * reported as one clear line on stderr, never as a stack trace.
 */
@Command(name = "astropol", mixinStandardHelpOptions = true, version = "astropol 0.1.0",
        description = "Cited, time-aware knowledge base and analytics of the international space development pattern.",
        subcommands = {CheckCommand.class, BuildCommand.class, EntityCommand.class, MembersCommand.class,
                TimelineCommand.class, SqlCommand.class, CoverageCommand.class, FirstsCommand.class,
                NetworkCommand.class, TiersCommand.class, DensityCommand.class, CompareCommand.class, AlignmentCommand.class, AnalyseAllCommand.class, ServeCommand.class,
                ImportCommand.class, VoteCommand.class, GenerateCommand.class,
                IngestCommand.class, ExtractCommand.class, SearchCommand.class, ReviewCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0, DATA_ERROR = 1, USAGE_ERROR = 2;

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
            commandLine.getErr().println("error: " + message(ex));
            if (ex instanceof BuildingKnowledgeBase.InvalidDataException bad) {
                bad.problems().forEach(p -> commandLine.getErr().println(p));
            }
            if (System.getenv("ASTROPOL_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return DATA_ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
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
