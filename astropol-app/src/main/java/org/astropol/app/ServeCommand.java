package org.astropol.app;

import org.astropol.web.WebConfig;
import org.astropol.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serve the web application and the JSON API (/api/v1) on this machine, read-only (review writes need the configured token).")
final class ServeCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = WebConfig.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the server to the network).")
    String host;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "100",
            description = "Requests per second each client address may make on average (burst 4x; 0 switches the limit off; default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Option(names = "--corpus", paramLabel = "DIR", split = ",",
            description = "Folders with the text of sources that name a document, for the document reader (default: ../shared/corpus and ../shared/corpus-law beside the astropol home, when present).")
    java.util.List<java.nio.file.Path> corpus;

    @Option(names = "--review-token-file", paramLabel = "FILE",
            description = "File holding the token that the review write endpoints (POST /api/v1/review/{id}/accept|reject) require as "
                    + "'Authorization: Bearer TOKEN' (default: environment variable " + REVIEW_TOKEN_ENV + "; neither: writes are disabled).")
    java.nio.file.Path reviewTokenFile;

    static final String REVIEW_TOKEN_ENV = "ASTROPOL_REVIEW_TOKEN";

    /** The review token from the configuration: the file's first line when given, else the environment; null when neither. */
    static String reviewToken(java.nio.file.Path file, String env) throws java.io.IOException {
        if (file != null) {
            if (!java.nio.file.Files.isRegularFile(file)) throw new IllegalArgumentException("--review-token-file: no such file " + file);
            String t = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip();
            if (t.isEmpty()) throw new IllegalArgumentException("--review-token-file " + file + ": the file is empty");
            return t;
        }
        return env == null || env.isBlank() ? null : env.strip();
    }

    @Override public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw Main.usage(spec, "--port must be from 0 to 65535, not " + port);
        if (rateLimit < 0) throw Main.usage(spec, "--rate-limit must not be negative");
        var kb = ws.knowledgeBase();
        java.util.List<java.nio.file.Path> dirs = corpus != null ? corpus
                : java.util.stream.Stream.of("corpus", "corpus-law").map(d -> Workspace.home().resolve("../shared").resolve(d).normalize())
                        .filter(java.nio.file.Files::isDirectory).toList();
        for (var d : dirs) if (!java.nio.file.Files.isDirectory(d)) throw new IllegalArgumentException("--corpus: no such folder " + d);
        java.nio.file.Path tiersFile = Workspace.home().resolve("config/tiers.yaml");
        var tiers = java.nio.file.Files.isRegularFile(tiersFile) ? TiersConfigFile.read(tiersFile) : org.astropol.analysis.SpacePowerIndex.Config.defaults();
        WebConfig config = WebConfig.defaults().withHost(host).withPort(port).withRateLimit(rateLimit, rateLimit * 4).withCorpus(dirs)
                .withDatabase(ws.dbFile()).withTiers(tiers).withNetwork(NetworkConfigFile.shipped()).withReview(ws.dataDir(), reviewToken(reviewTokenFile, System.getenv(REVIEW_TOKEN_ENV)));
        WebServer server = WebServer.start(kb, config);
        if (!dirs.isEmpty()) Main.progress("document reader over " + dirs);
        Main.progress(config.reviewToken() == null ? "review writes disabled (no review token configured)"
                : "review writes enabled for clients with the review token (POST /api/v1/review/{id}/accept|reject)");
        Main.progress("serving " + kb.entities().size() + " entities at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + "/ (API: /api/v1/openapi.json); Ctrl+C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.close(); stopped.countDown(); }));
        stopped.await();
        return Main.OK;
    }
}
