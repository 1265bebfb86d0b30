package org.astropol.app;

import org.astropol.analysis.UnknownIdException;
import org.astropol.curation.BuildingKnowledgeBase;
import org.astropol.curation.KnowledgeBaseCache;
import org.astropol.ingest.Review;
import org.astropol.store.Database;
import org.astropol.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The astropol command line. Exit codes (docs/cli.md): 0 ok, 1 data or input error, 2 usage error, 3 conflict (a
 * review candidate already decided, the database held by another process past the wait), 4 internal error (a bug:
 * the message names the exception; ASTROPOL_DEBUG=1 prints the stack trace). Errors are reported as one clear line on
 * stderr, never as a stack trace.
 */
@Command(name = "astropol", mixinStandardHelpOptions = true, version = "astropol 0.1.0",
        description = "Cited, time-aware knowledge base and analytics of the international space development pattern.")
public final class Main implements Runnable {

    public static final int OK = 0, DATA_ERROR = 1, USAGE_ERROR = 2, CONFLICT = 3, INTERNAL_ERROR = 4;

    /**
     * The subcommands in help order. Picocli builds a command's model by reflection, which costs a cold JVM about
     * 0.05 s a command (its classes are too old for the JVM's class cache), so a call that names a command gets only
     * that one; help, version and unknown names get all.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("entity", EntityCommand::new);
        COMMANDS.put("members", MembersCommand::new);
        COMMANDS.put("timeline", TimelineCommand::new);
        COMMANDS.put("sql", SqlCommand::new);
        COMMANDS.put("coverage", CoverageCommand::new);
        COMMANDS.put("firsts", FirstsCommand::new);
        COMMANDS.put("network", NetworkCommand::new);
        COMMANDS.put("tiers", TiersCommand::new);
        COMMANDS.put("density", DensityCommand::new);
        COMMANDS.put("compare", CompareCommand::new);
        COMMANDS.put("alignment", AlignmentCommand::new);
        COMMANDS.put("analyse-all", AnalyseAllCommand::new);
        COMMANDS.put("findings", FindingsCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("vote", VoteCommand::new);
        COMMANDS.put("generate", GenerateCommand::new);
        COMMANDS.put("ingest", IngestCommand::new);
        COMMANDS.put("extract", ExtractCommand::new);
        COMMANDS.put("search", SearchCommand::new);
        COMMANDS.put("review", ReviewCommand::new);
        COMMANDS.put("aot-training", AotTrainingCommand::new);
    }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Query commands that read the knowledge base first thing, and those that first only check that it is current. */
    private static final Set<String> READ_KNOWLEDGE_BASE = Set.of("members", "entity", "timeline", "firsts", "density", "compare");
    private static final Set<String> CHECK_KNOWLEDGE_BASE = Set.of("vote", "tiers", "network");
    /** Of those, the ones that look records up by key: their snapshot is decoded record by record, when first asked for. */
    private static final Set<String> ON_DEMAND = Set.of("members", "entity");

    public static void main(String[] args) {
        prefetch(args);
        // The quick commands print their whole answer, then flush (Output.print, execute): without a flush per line, a
        // 400-line answer is a handful of writes instead of 400 (each a call down PrintStream to the file descriptor).
        boolean lineFlush = args.length == 0 || !QUICK_OUTPUT.contains(args[0]);
        int code = execute(new PrintWriter(System.out, lineFlush, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
        if (code == OK && args.length > 0 && HALT_AFTER.contains(args[0])) {
            // System.exit looks up the "java.lang.Runtime" logger to log the exit (JDK 21+), which sets up the JDK's
            // logging: 15-20 ms of CPU at the very end of a query (measured cold, loaded machine). These commands have
            // printed and flushed their answer, closed what they opened and registered no shutdown hook, so the process
            // may end at once; any other command, or an error, exits as usual.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Commands whose standard output is flushed once, at the end (see main). */
    private static final Set<String> QUICK_OUTPUT = Set.of("members", "entity", "vote");

    /** The quick read-only query commands, whose successful end skips the JVM's shutdown sequence (see main). */
    private static final Set<String> HALT_AFTER = Set.of("members", "entity", "vote", "timeline", "firsts", "coverage", "density");

    /**
     * Starts reading the knowledge base of a query command on a second thread while picocli builds and parses the
     * command line on this one (both cost a cold JVM a similar time). The paths are guessed from the arguments the way
     * {@link Workspace} will find them; the command uses the result only if its own paths are the same
     * ({@link KnowledgeBaseCache#prefetch}), so a wrong guess costs CPU, never a wrong answer.
     */
    static void prefetch(String[] args) {
        if (args.length == 0) return;
        boolean read = READ_KNOWLEDGE_BASE.contains(args[0]);
        if (!read && !CHECK_KNOWLEDGE_BASE.contains(args[0])) return;
        Workspace ws = new Workspace();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            String next = i + 1 < args.length ? args[i + 1] : null;
            if (a.equals("--db") && next != null) ws.db = Path.of(next);
            else if (a.startsWith("--db=")) ws.db = Path.of(a.substring(5));
            else if (a.equals("--data") && next != null) ws.data = Path.of(next);
            else if (a.startsWith("--data=")) ws.data = Path.of(a.substring(7));
        }
        if (ON_DEMAND.contains(args[0])) {
            KnowledgeBaseCache.prefetchOnDemand(ws.dataDir(), ws.dbFile());
        } else {
            KnowledgeBaseCache.prefetch(ws.dataDir(), ws.dbFile(), read);
        }
    }

    /** The command line for these arguments: with only the command they name, or with every command. */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) cl.addSubcommand(named.get());
        else COMMANDS.values().forEach(c -> cl.addSubcommand(c.get()));
        return cl;
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Integer quick = QuickCommandLine.run(out, err, args);
        if (quick != null) {
            out.flush();
            err.flush();
            return quick;
        }
        return executeWithPicocli(out, err, args);
    }

    /** Runs the command line through picocli, as every command line but the quick ones ({@link QuickCommandLine}). */
    static int executeWithPicocli(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr()));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Reports a command that failed with {@code ex} on {@code err}; returns its exit code. */
    static int failed(Exception ex, PrintWriter err) {
        int code = exitCode(ex);
        err.println((code == INTERNAL_ERROR ? "internal error: " : "error: ") + message(ex));
        if (ex instanceof BuildingKnowledgeBase.InvalidDataException bad) {
            bad.problems().forEach(err::println);
        }
        if (System.getenv("ASTROPOL_DEBUG") != null) ex.printStackTrace(err);
        else if (code == INTERNAL_ERROR) err.println("(a bug of astropol; ASTROPOL_DEBUG=1 prints the stack trace for a report)");
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
