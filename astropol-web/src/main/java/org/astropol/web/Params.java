package org.astropol.web;

import io.javalin.http.Context;
import org.astropol.model.PartialDate;
import org.astropol.model.Stage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Query parameter checks shared by the API and the pages: unknown parameters and malformed values are a 400. */
final class Params {
    static final int MAX_LENGTH = 400;

    private Params() {}

    /** Refuses any query parameter not in {@code allowed} ({@code weight.*} allows any name starting with {@code weight.}), and any value that is too long. */
    static void only(Context ctx, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (var e : ctx.queryParamMap().entrySet()) {
            String key = e.getKey();
            boolean prefixed = ok.stream().anyMatch(a -> a.endsWith(".*") && key.startsWith(a.substring(0, a.length() - 1)) && key.length() > a.length() - 1);
            if (!ok.contains(key) && !prefixed) {
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

    /** A membership stage (announced, signed, ratified, in-force, withdrawn), or null for the default count. */
    static Stage stage(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) return null;
        return Stage.fromKey(v).orElseThrow(() -> ApiException.badRequest("parameter '" + name + "' must be one of announced, signed, "
                + "ratified, in-force, withdrawn, not '" + v + "'"));
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

    /** The parameters named {@code prefix.NAME} as NAME -> number (e.g. weight.launches=2). */
    static java.util.Map<String, Double> prefixedNumbers(Context ctx, String prefix) {
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!e.getKey().startsWith(prefix + ".")) continue;
            String name = e.getKey().substring(prefix.length() + 1), v = e.getValue().isEmpty() ? "" : e.getValue().get(0).trim();
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException x) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' must be a number, not '" + v + "'");
            }
            if (!(d >= 0) || Double.isInfinite(d) || d > 1e6) throw ApiException.badRequest("parameter '" + e.getKey() + "' must be a number from 0 to 1000000, not '" + v + "'");
            out.put(name, d);
        }
        return out;
    }

    static Double number(Context ctx, String name, double min, double max) {
        String v = string(ctx, name);
        if (v == null) return null;
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a number from " + min + " to " + max + ", not '" + v + "'");
        }
    }

    static boolean bool(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) return false;
        return switch (v) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiException.badRequest("parameter '" + name + "' must be true or false, not '" + v + "'");
        };
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
