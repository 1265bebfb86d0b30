package org.astropol.app;

import org.astropol.model.Stage;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The command lines of the quick query commands (members, entity, vote) in their plain form, read by hand so that picocli
 * is not started for them: picocli builds a command's model from its annotations, about 90 ms of a cold JVM's CPU (40 ms
 * of it annotation proxies the JVM's class cache cannot keep) against 300 ms for the whole call (profiled 2026-12-05).
 * Only what is certainly valid is taken: the command, one id, and each of its options at most once with a plain value
 * ({@code --db P}, {@code --db=P}; a format in lower case; a known stage). Anything else (help, an unknown or repeated
 * option, a missing or second id, an argument file, {@code --}, a value picocli would reject or convert) returns null
 * and the call goes to picocli as before, so its messages, usage texts and exit codes stay the only ones. The command
 * then runs the same code as under picocli, and a failure is reported by the same handler ({@link Main#failed}).
 */
final class QuickCommandLine {
    private QuickCommandLine() {}

    /** Runs a quick command line and returns its exit code, or null when it is not one (picocli then runs it). */
    static Integer run(PrintWriter out, PrintWriter err, String... args) {
        Quick command = parse(args);
        if (command == null) return null;
        try {
            return command.run(out);
        } catch (Exception e) {
            return Main.failed(e, err);
        }
    }

    /** A parsed quick command, ready to run. */
    interface Quick { int run(PrintWriter out) throws Exception; }

    static Quick parse(String... args) {
        try {
            return parseOrNull(args);
        } catch (RuntimeException e) {
            return null; // e.g. a path the file system rejects: picocli reports it as a usage error
        }
    }

    private static Quick parseOrNull(String... args) {
        if (args.length < 2) return null;
        String name = args[0];
        if (name.equals("aot-training")) {
            // the training run of the quick commands' class cache (launcher): without picocli, whose classes the cache
            // would otherwise hold and the JVM load at every start
            if (args.length != 3 || !args[2].equals("--query") || args[1].startsWith("-") || args[1].startsWith("@")) return null;
            AotTrainingCommand c = new AotTrainingCommand();
            c.dir = Path.of(args[1]);
            c.query = true;
            return out -> c.call();
        }
        boolean members = name.equals("members"), entity = name.equals("entity"), vote = name.equals("vote");
        if (!members && !entity && !vote) return null;
        Workspace ws = new Workspace();
        QueryOptions q = new QueryOptions();
        q.format = Output.Format.table;
        String id = null, stage = null;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                if (id != null || a.isEmpty() || a.startsWith("@")) return null;
                id = a;
                continue;
            }
            String option = a, value;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                option = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else {
                if (i + 1 >= args.length) return null;
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || !seen.add(option)) return null;
            switch (option) {
                case "--db" -> ws.db = Path.of(value);
                case "--data" -> ws.data = Path.of(value);
                case "--format" -> {
                    switch (value) {
                        case "table" -> q.format = Output.Format.table;
                        case "json" -> q.format = Output.Format.json;
                        case "csv" -> q.format = Output.Format.csv;
                        default -> { return null; }
                    }
                }
                case "--as-of" -> { if (vote) return null; q.asOf = value; }
                case "--stage" -> {
                    if (!members || Stage.fromKey(value).isEmpty()) return null;
                    stage = value;
                }
                default -> { return null; }
            }
        }
        if (id == null) return null;
        if (members) {
            MembersCommand c = new MembersCommand();
            c.ws = ws; c.q = q; c.id = id; c.stage = stage;
            return c::run;
        }
        if (entity) {
            EntityCommand c = new EntityCommand();
            c.ws = ws; c.q = q; c.id = id;
            return c::run;
        }
        VoteCommand c = new VoteCommand();
        c.ws = ws; c.symbol = id; c.format = q.format;
        return c::run;
    }
}
