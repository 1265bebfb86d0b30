package org.astropol.web;

import java.nio.file.Path;
import java.util.List;

/**
 * How the server runs. Secure by default: loopback only, small requests, a per-address rate limit.
 *
 * @param ratePerSecond requests per second each client address may make on average (0 switches the limit off)
 * @param burst         requests a client may make at once before the average applies
 * @param corpus        folders holding the text of sources that name a {@code document} (for the document reader)
 */
public record WebConfig(String host, int port, long maxRequestBytes, int ratePerSecond, int burst, List<Path> corpus) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        corpus = List.copyOf(corpus);
    }

    public static WebConfig defaults() { return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, 16 * 1024, 100, 400, List.of()); }

    public WebConfig withPort(int p) { return new WebConfig(host, p, maxRequestBytes, ratePerSecond, burst, corpus); }
    public WebConfig withHost(String h) { return new WebConfig(h, port, maxRequestBytes, ratePerSecond, burst, corpus); }
    public WebConfig withRateLimit(int perSecond, int burstSize) { return new WebConfig(host, port, maxRequestBytes, perSecond, burstSize, corpus); }
    public WebConfig withCorpus(List<Path> dirs) { return new WebConfig(host, port, maxRequestBytes, ratePerSecond, burst, dirs); }
}
