package org.astropol.web;

import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per client address: {@code burst} requests at once, then {@code perSecond} on average. */
final class RateLimiter {
    private static final int MAX_CLIENTS = 10_000;
    private final double perNano;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long last;
        Bucket(double tokens, long last) { this.tokens = tokens; this.last = last; }
    }

    RateLimiter(int perSecond, int burst) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
    }

    /** Takes one token for this client; false when the client is over its limit. */
    boolean allow(String client, long nanoTime) {
        if (buckets.size() > MAX_CLIENTS) buckets.clear();
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, nanoTime));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (nanoTime - b.last) * perNano);
            b.last = nanoTime;
            if (b.tokens < 1) return false;
            b.tokens -= 1;
            return true;
        }
    }
}
