package org.astropol.web;

import io.javalin.http.Context;
import org.astropol.model.PartialDate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Query parameter checks shared by the API and the pages: unknown parameters and malformed values are a 400. */
final class Params {
    static final int MAX_LENGTH = 400;

    private Params() {}

    /** Refuses any query parameter not in {@code allowed}, and any value that is too long. */
    static void only(Context ctx, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!ok.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + e.getKey() + "'"
                        + (allowed.length == 0 ? " (this endpoint takes none)" : " (allowed: " + String.join(", ", new TreeSet<>(ok)) + ")"));
            }
            if (e.getValue().size() > 1) throw ApiException.badRequest("parameter '" + e.getKey() + "' given more than once");
            for (String v : e.getValue()) {
                if (v.length() > MAX_LENGTH) throw ApiException.badRequest("parameter '" + e.getKey() + "' is longer than " + MAX_LENGTH + " characters");
            }
        }
    }

    static String string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The "as of" day: the parameter as YYYY-MM-DD, or today when absent. */
    static LocalDate asOf(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) return LocalDate.now();
        try {
            return PartialDate.parseDay(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter '" + name + "': " + e.getMessage());
        }
    }

    static Integer integer(Context ctx, String name, int min, int max) {
        String v = string(ctx, name);
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
    }

    static String oneOf(Context ctx, String name, String dflt, String... values) {
        String v = string(ctx, name);
        if (v == null) return dflt;
        if (!Arrays.asList(values).contains(v)) {
            throw ApiException.badRequest("parameter '" + name + "' must be one of " + String.join(", ", values) + ", not '" + v + "'");
        }
        return v;
    }

    /** A comma-separated list of ids. */
    static List<String> ids(Context ctx, String name, int min, int max) {
        String v = string(ctx, name);
        if (v == null) throw ApiException.badRequest("parameter '" + name + "' is required");
        List<String> ids = Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (ids.size() < min || ids.size() > max) {
            throw ApiException.badRequest("parameter '" + name + "' takes " + (min == max ? "" + min : min + " to " + max) + " comma-separated ids");
        }
        return ids;
    }
}
