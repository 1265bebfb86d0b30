package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.curation.CuratedDataReader;
import org.astropol.ingest.Review;
import org.astropol.model.KnowledgeBase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The review workflow over HTTP, with the logic of {@code astropol review} ({@link Review}): the candidate list
 * (read-only, like every GET) and the only writes the server accepts, accepting or rejecting one candidate. A write
 * needs {@code Authorization: Bearer TOKEN} with the token from the configuration (compared in constant time);
 * without a configured token writes are disabled (403). Writes are made one at a time ({@link Db#write}).
 */
final class ReviewApi {
    static final String LIST = Api.BASE + "/review";
    /** The write endpoints (POST), as documented in openapi.json. */
    static final List<String> WRITE_ENDPOINTS = List.of("/review/{candidateId}/accept", "/review/{candidateId}/reject");
    /** Paths a POST may go to; every other write is refused with 405 before it reaches a handler. */
    static final Pattern WRITE_PATH = Pattern.compile("/api/v1/review/[^/]+/(accept|reject)/?");
    private static final Pattern CANDIDATE_ID = Pattern.compile("[0-9A-Za-z]{4,64}");

    private final KnowledgeBase kb;
    private final Db db;
    private final WebConfig config;
    private final byte[] tokenHash;

    ReviewApi(KnowledgeBase kb, Db db, WebConfig config) {
        this.kb = kb;
        this.db = db;
        this.config = config;
        this.tokenHash = config.reviewToken() == null ? null : sha256(config.reviewToken());
    }

    void register(Javalin app) {
        app.get(LIST, ctx -> {
            Params.only(ctx, "all");
            boolean all = Params.bool(ctx, "all");
            List<Review.Candidate> cs = db.read("review\u0000" + all, c -> Review.candidates(c, all), List.of());
            WebServer.json(ctx, Map.of("candidates", Review.rows(kb, cs)));
        });
        app.post(LIST + "/{candidateId}/accept", ctx -> {
            String id = authorisedId(ctx);
            KnowledgeBase current = currentKnowledgeBase();
            Review.Accepted a = decide(() -> db.write(c -> Review.accept(c, config.data(), current, id), null), id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("status", "accepted");
            m.put("file", a.file());
            m.put("line", a.line());
            m.put("source", a.source());
            m.put("statement", a.statement());
            m.put("outcome", a.outcome());
            WebServer.json(ctx, m);
        });
        app.post(LIST + "/{candidateId}/reject", ctx -> {
            String id = authorisedId(ctx);
            String full = decide(() -> db.write(c -> Review.reject(c, id), null), id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", full);
            m.put("status", "rejected");
            WebServer.json(ctx, m);
        });
    }

    /** Refuses the write unless writes are enabled and the request carries the token; then the well-formed candidate id. */
    private String authorisedId(Context ctx) {
        if (tokenHash == null || config.data() == null) throw new ApiException(403, "writes are disabled: no review token configured");
        String header = ctx.header("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        // hashing first makes the comparison independent of the lengths as well
        if (presented == null || !MessageDigest.isEqual(tokenHash, sha256(presented))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"astropol review\"");
            throw new ApiException(401, presented == null ? "this write needs the header 'Authorization: Bearer TOKEN' (the review token)"
                    : "wrong review token");
        }
        Params.only(ctx);
        String id = ctx.pathParam("candidateId");
        if (!CANDIDATE_ID.matcher(id).matches()) throw ApiException.badRequest("malformed candidate id (4 to 64 letters and digits, as `review list` shows)");
        return id;
    }

    /** The knowledge base as the data folder holds it now (the server's own may predate earlier accepts or edits). */
    private KnowledgeBase currentKnowledgeBase() throws java.io.IOException {
        var r = CuratedDataReader.read(config.data());
        if (!r.ok()) {
            throw new ApiException(409, "the curated data does not pass check now, so nothing can be accepted: "
                    + r.problems().stream().limit(3).map(Object::toString).toList());
        }
        return r.knowledgeBase();
    }

    private interface Decision<T> { T run(); }

    private static <T> T decide(Decision<T> d, String id) {
        T out;
        try {
            out = d.run();
        } catch (Review.ReviewException e) {
            throw new ApiException(switch (e.kind()) {
                case UNKNOWN -> 404;
                case AMBIGUOUS, ALREADY_DECIDED, NOT_LINKED -> 409;
                case FAILS_CHECK -> 422;
            }, e.getMessage());
        }
        if (out == null) throw ApiException.notFound("no candidate " + id + " (no documents ingested)");
        return out;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
