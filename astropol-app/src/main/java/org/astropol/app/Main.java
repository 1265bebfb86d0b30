package org.astropol.app;

import org.astropol.analysis.UnknownIdException;
import org.astropol.curation.BuildingKnowledgeBase;
import org.astropol.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The astropol command line. Exit codes: 0 ok, 1 data or input error, 2 usage error. User errors are
 * reported as one clear line on stderr, never as a stack trace.
 */
@Command(name = "astropol", mixinStandardHelpOptions = true, version = "astropol 0.1.0",
        description = "Cited, time-aware knowledge base and analytics of the international space development pattern.")
public final class Main implements Runnable {

    public static final int OK = 0, DATA_ERROR = 1, USAGE_ERROR = 2;

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

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
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
        CommandLine cl = commandLine(args);
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
