package org.astropol.app;

import org.astropol.web.WebConfig;
import org.astropol.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serve the web application and the JSON API (/api/v1) on this machine, read-only.")
final class ServeCommand implements Callable<Integer> {
    @Mixin Workspace ws;

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

    @Override public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be from 0 to 65535, not " + port);
        if (rateLimit < 0) throw new IllegalArgumentException("--rate-limit must not be negative");
        var kb = ws.knowledgeBase();
        java.util.List<java.nio.file.Path> dirs = corpus != null ? corpus
                : java.util.stream.Stream.of("corpus", "corpus-law").map(d -> Workspace.home().resolve("../shared").resolve(d).normalize())
                        .filter(java.nio.file.Files::isDirectory).toList();
        for (var d : dirs) if (!java.nio.file.Files.isDirectory(d)) throw new IllegalArgumentException("--corpus: no such folder " + d);
        java.nio.file.Path tiersFile = Workspace.home().resolve("config/tiers.yaml");
        var tiers = java.nio.file.Files.isRegularFile(tiersFile) ? TiersConfigFile.read(tiersFile) : org.astropol.analysis.SpacePowerIndex.Config.defaults();
        WebConfig config = WebConfig.defaults().withHost(host).withPort(port).withRateLimit(rateLimit, rateLimit * 4).withCorpus(dirs)
                .withDatabase(ws.dbFile()).withTiers(tiers);
        WebServer server = WebServer.start(kb, config);
        if (!dirs.isEmpty()) Main.progress("document reader over " + dirs);
        Main.progress("serving " + kb.entities().size() + " entities at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + "/ (API: /api/v1/openapi.json); Ctrl+C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.close(); stopped.countDown(); }));
        stopped.await();
        return Main.OK;
    }
}
