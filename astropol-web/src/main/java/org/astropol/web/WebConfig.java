package org.astropol.web;

import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.SpacePowerIndex;

import java.nio.file.Path;
import java.util.List;

/**
 * How the server runs. Secure by default: loopback only, small requests, a per-address rate limit, read-only.
 *
 * @param ratePerSecond requests per second each client address may make on average (0 switches the limit off)
 * @param burst         requests a client may make at once before the average applies
 * @param corpus        folders holding the text of sources that name a {@code document} (for the source text reader)
 * @param database      the DuckDB file with the imported UN votes and the ingested documents, opened read-only per request
 *                      (null: none, those endpoints answer that nothing is imported)
 * @param tiers         the space-power index configuration that query parameters override (config/tiers.yaml)
 * @param network       the network's layer rule and defaults that query parameters override (config/network.yaml)
 * @param data          the curated data folder that accepted review candidates are written into (null: none)
 * @param reviewToken   the bearer token the review write endpoints require (null: writes are disabled, 403);
 *                      from the configuration (environment or a file), never shown by {@link #toString()}
 */
public record WebConfig(String host, int port, long maxRequestBytes, int ratePerSecond, int burst, List<Path> corpus,
                        Path database, SpacePowerIndex.Config tiers, CooperationNetwork.Config network, Path data, String reviewToken) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** The shortest review token accepted (a guessable token would make the write endpoints open). */
    public static final int MIN_TOKEN_LENGTH = 16;

    public WebConfig {
        corpus = List.copyOf(corpus);
        if (tiers == null) tiers = SpacePowerIndex.Config.defaults();
        if (network == null) network = CooperationNetwork.Config.defaults();
        if (reviewToken != null && (reviewToken.length() < MIN_TOKEN_LENGTH || !reviewToken.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalArgumentException("the review token must be at least " + MIN_TOKEN_LENGTH
                    + " printable characters without spaces (e.g. from `openssl rand -hex 32`)");
        }
    }

    public static WebConfig defaults() { return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, 16 * 1024, 100, 400, List.of(), null, null, null, null, null); }

    public WebConfig withPort(int p) { return new WebConfig(host, p, maxRequestBytes, ratePerSecond, burst, corpus, database, tiers, network, data, reviewToken); }
    public WebConfig withHost(String h) { return new WebConfig(h, port, maxRequestBytes, ratePerSecond, burst, corpus, database, tiers, network, data, reviewToken); }
    public WebConfig withRateLimit(int perSecond, int burstSize) { return new WebConfig(host, port, maxRequestBytes, perSecond, burstSize, corpus, database, tiers, network, data, reviewToken); }
    public WebConfig withCorpus(List<Path> dirs) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, dirs, database, tiers, network, data, reviewToken); }
    public WebConfig withDatabase(Path db) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, corpus, db, tiers, network, data, reviewToken); }
    public WebConfig withTiers(SpacePowerIndex.Config t) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, corpus, database, t, network, data, reviewToken); }
    public WebConfig withNetwork(CooperationNetwork.Config n) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, corpus, database, tiers, n, data, reviewToken); }
    /** Enables the review write endpoints: candidates are accepted into {@code dataDir}, by clients presenting {@code token}. */
    public WebConfig withReview(Path dataDir, String token) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, corpus, database, tiers, network, dataDir, token); }

    @Override public String toString() {
        return "WebConfig[host=" + host + ", port=" + port + ", maxRequestBytes=" + maxRequestBytes + ", ratePerSecond=" + ratePerSecond + ", burst=" + burst
                + ", corpus=" + corpus + ", database=" + database + ", data=" + data + ", reviewToken=" + (reviewToken == null ? "none" : "(set)") + "]";
    }
}
