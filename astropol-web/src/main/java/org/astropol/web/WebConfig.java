package org.astropol.web;

import org.astropol.analysis.SpacePowerIndex;

import java.nio.file.Path;
import java.util.List;

/**
 * How the server runs. Secure by default: loopback only, small requests, a per-address rate limit.
 *
 * @param ratePerSecond requests per second each client address may make on average (0 switches the limit off)
 * @param burst         requests a client may make at once before the average applies
 * @param corpus        folders holding the text of sources that name a {@code document} (for the source text reader)
 * @param database      the DuckDB file with the imported UN votes and the ingested documents, opened read-only per request
 *                      (null: none, those endpoints answer that nothing is imported)
 * @param tiers         the space-power index configuration that query parameters override (config/tiers.yaml)
 */
public record WebConfig(String host, int port, long maxRequestBytes, int ratePerSecond, int burst, List<Path> corpus,
                        Path database, SpacePowerIndex.Config tiers) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        corpus = List.copyOf(corpus);
        if (tiers == null) tiers = SpacePowerIndex.Config.defaults();
    }

    public static WebConfig defaults() { return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, 16 * 1024, 100, 400, List.of(), null, null); }

    public WebConfig withPort(int p) { return new WebConfig(host, p, maxRequestBytes, ratePerSecond, burst, corpus, database, tiers); }
    public WebConfig withHost(String h) { return new WebConfig(h, port, maxRequestBytes, ratePerSecond, burst, corpus, database, tiers); }
    public WebConfig withRateLimit(int perSecond, int burstSize) { return new WebConfig(host, port, maxRequestBytes, perSecond, burstSize, corpus, database, tiers); }
    public WebConfig withCorpus(List<Path> dirs) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, dirs, database, tiers); }
    public WebConfig withDatabase(Path db) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, corpus, db, tiers); }
    public WebConfig withTiers(SpacePowerIndex.Config t) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, corpus, database, t); }
}
