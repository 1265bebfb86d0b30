package org.astropol.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.UnknownIdException;
import org.astropol.model.KnowledgeBase;
import org.eclipse.jetty.http.UriCompliance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP server: the JSON API under {@code /api/v1} and the server-rendered pages, both over one immutable
 * {@link KnowledgeBase}. Read-only: any method other than GET and HEAD is refused with 405, except the review
 * workflow's POSTs ({@link ReviewApi}), which need the configured token. Every error is
 * answered with a status and a message (JSON for the API, a page otherwise), never a stack trace.
 */
public final class WebServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    private static final Set<String> STATIC_FILES = Set.of("astropol.css", "astropol.js", "charts.js", "network.js");
    /** Front-end libraries fetched from npm at build time (astropol-web/pom.xml); absent when the build had no registry. */
    static final String D3 = "d3.min.js";
    private static final Set<String> LIBRARY_FILES = Set.of(D3, "LICENSE");
    private static final String HANDLED = "astropol.handled";
    private static final java.util.regex.Pattern MALFORMED_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** Sent with every answer, Jetty's own error replies included. */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();

    private final Javalin app;
    private final WebConfig config;

    private WebServer(Javalin app, WebConfig config) {
        this.app = app;
        this.config = config;
    }

    /** Creates and starts the server; port 0 picks a free port (see {@link #port()}). */
    public static WebServer start(KnowledgeBase kb, WebConfig config) {
        Javalin app = create(kb, config);
        app.start(config.host(), config.port());
        return new WebServer(app, config);
    }

    public int port() { return app.port(); }
    public String host() { return config.host(); }

    @Override public void close() { app.stop(); }

    static Javalin create(KnowledgeBase kb, WebConfig config) {
        RateLimiter limiter = config.ratePerSecond() > 0 ? new RateLimiter(config.ratePerSecond(), config.burst()) : null;
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxRequestBytes();
            // answers are computed in memory: a few threads per core serve best (fewer context switches, lower tail latency)
            int threads = Math.max(16, Runtime.getRuntime().availableProcessors() * 8);
            org.eclipse.jetty.util.thread.QueuedThreadPool pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(threads, 4, 60_000);
            pool.setName("astropol-http");
            c.jetty.threadPool = pool;
            c.router.ignoreTrailingSlashes = true;
            // ids such as A/RES/69/32 may come URL-encoded (A%2FRES%2F69%2F32)
            c.jetty.modifyHttpConfiguration(h -> {
                h.setUriCompliance(UriCompliance.LEGACY);
                h.setSendServerVersion(false);
            });
            // requests Jetty refuses before they reach a handler (e.g. %00 in the path) get the JSON error too
            c.jetty.modifyServer(server -> server.setErrorHandler(new org.eclipse.jetty.server.handler.ErrorHandler() {
                @Override
                public java.nio.ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
                    fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
                    SECURITY_HEADERS.forEach(fields::put);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("error", "bad request" + (reason == null ? "" : ": " + reason));
                    body.put("status", status);
                    try {
                        return java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(body));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        });
        app.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            if (limiter != null && !limiter.allow(ctx.ip(), System.nanoTime())) {
                ctx.header("Retry-After", "1");
                throw new ApiException(429, "too many requests from " + ctx.ip() + "; slow down");
            }
            String query = ctx.queryString();
            if (query != null && MALFORMED_ESCAPE.matcher(query).find()) {
                throw ApiException.badRequest("malformed percent-encoding in the query string");
            }
            boolean reviewWrite = ctx.method().name().equals("POST") && ReviewApi.WRITE_PATH.matcher(ctx.path()).matches();
            if (!READ_METHODS.contains(ctx.method().name()) && !reviewWrite) {
                ctx.header("Allow", "GET, HEAD");
                throw new ApiException(405, "method " + ctx.method().name() + " not allowed: this server is read-only");
            }
            if (ctx.contentLength() > config.maxRequestBytes()) {
                throw new ApiException(413, "request body larger than " + config.maxRequestBytes() + " bytes");
            }
        });

        Documents documents = new Documents(kb, config.corpus());
        Db db = new Db(config.database());
        app.events(e -> e.serverStopped(db::close));
        Analytics analytics = new Analytics(kb, db, config.tiers(), config.network());
        Api api = new Api(kb, documents, analytics);
        api.register(app);
        new ReviewApi(kb, db, config).register(app);
        Pages pages = new Pages(kb, documents, analytics);
        pages.register(app);
        new GroupPages(kb, documents, analytics, WorldMap.load()).register(app);
        new AnalyticsPages(analytics, documents).register(app);
        NetworkPage network = new NetworkPage(analytics, libraryPresent(D3));
        app.get("/network", ctx -> {
            List<String> allowed = new ArrayList<>(List.of("year", "asOf", "kind", "ties", "layer", "actors", "node", "weight.*"));
            allowed.addAll(NetworkPage.ANALYSIS_PARAMETERS);
            Params.only(ctx, allowed.toArray(String[]::new));
            ctx.contentType("text/html; charset=utf-8").result(network.render(ctx));
        });
        app.get("/static/lib/{file}", ctx -> {
            Params.only(ctx);
            String f = ctx.pathParam("file");
            if (!LIBRARY_FILES.contains(f) || !libraryPresent(f)) throw ApiException.notFound("no such file in this build: " + f);
            ctx.contentType(f.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/plain; charset=utf-8");
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.result(resource("web/static/lib/" + f));
        });
        app.get("/static/{file}", ctx -> {
            Params.only(ctx);
            String f = ctx.pathParam("file");
            if (!STATIC_FILES.contains(f)) throw ApiException.notFound("no such file: " + f);
            ctx.contentType(f.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.result(resource("web/static/" + f));
        });

        app.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 503) ctx.header("Retry-After", "2");
            error(ctx, e.status(), e.getMessage());
        });
        app.exception(UnknownIdException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        // the store's messages name files and processes: they go to the log, the client gets the kind of trouble only
        app.exception(org.astropol.store.StoreException.class, (e, ctx) -> {
            org.slf4j.LoggerFactory.getLogger(WebServer.class).warn("database not available on {}: {}", ctx.path(), e.getMessage());
            ctx.header("Retry-After", "2");
            error(ctx, 503, e instanceof org.astropol.store.Database.LockedException ? new Db.Busy().getMessage()
                    : "database not available; see the server's log");
        });
        app.exception(Exception.class, (e, ctx) -> {
            org.slf4j.LoggerFactory.getLogger(WebServer.class).error("internal error on " + ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> { if (ctx.attribute(HANDLED) == null) error(ctx, 404, "not found: " + ctx.path()); });
        app.error(405, ctx -> { if (ctx.attribute(HANDLED) == null) error(ctx, 405, "method not allowed"); });
        return app;
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        return java.util.Collections.unmodifiableMap(h);
    }

    static boolean libraryPresent(String file) {
        return WebServer.class.getClassLoader().getResource("web/static/lib/" + file) != null;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    /** Writes an error: {"error": message, "status": code} under /api, an HTML page elsewhere. */
    static void error(Context ctx, int status, String message) {
        message = ErrorText.clean(message);
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            body.put("status", status);
            json(ctx, body);
        } else {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(Pages.errorPage(status, message));
        }
        ctx.skipRemainingHandlers();
    }

    static void jsonBytes(Context ctx, byte[] json) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
