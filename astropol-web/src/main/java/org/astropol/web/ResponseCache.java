package org.astropol.web;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serialized answers of an immutable knowledge base, by question. Bounded: when full it starts again empty
 * (simple and enough for a read-only server whose questions repeat). Errors are not kept.
 */
final class ResponseCache {
    private final int capacity;
    private final ConcurrentHashMap<String, byte[]> entries = new ConcurrentHashMap<>();

    ResponseCache(int capacity) { this.capacity = capacity; }

    byte[] get(String key, Supplier<Object> answer) {
        byte[] b = entries.get(key);
        if (b != null) return b;
        try {
            b = WebServer.JSON.writeValueAsBytes(answer.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (entries.size() >= capacity) entries.clear();
        entries.put(key, b);
        return b;
    }

    int size() { return entries.size(); }
}
