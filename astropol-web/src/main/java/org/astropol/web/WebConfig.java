package org.astropol.web;

/**
 * How the server runs. Secure by default: loopback only, small requests, a per-address rate limit.
 *
 * @param ratePerSecond requests per second each client address may make on average (0 switches the limit off)
 * @param burst         requests a client may make at once before the average applies
 */
public record WebConfig(String host, int port, long maxRequestBytes, int ratePerSecond, int burst) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public static WebConfig defaults() { return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, 16 * 1024, 100, 400); }

    public WebConfig withPort(int p) { return new WebConfig(host, p, maxRequestBytes, ratePerSecond, burst); }
    public WebConfig withHost(String h) { return new WebConfig(h, port, maxRequestBytes, ratePerSecond, burst); }
    public WebConfig withRateLimit(int perSecond, int burstSize) { return new WebConfig(host, port, maxRequestBytes, perSecond, burstSize); }
}
