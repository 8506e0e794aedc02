package org.liaison.common.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus refuses a body over quarkus.http.limits.max-body-size before any resource or mapper runs,
 * with an empty 413. This route, ahead of it, answers a declared oversized body with problem details
 * like every other error, without reading the body. That Quarkus limit is sized for spreadsheet uploads
 * (the paths under {@value #LARGE_BODY_PATHS}); every other path keeps the small JSON limit
 * liaison.http.max-json-body-size, for declared and for chunked bodies alike.
 */
@ApplicationScoped
class OversizedBodyGuard {

    static final String LARGE_BODY_PATHS = "/api/admin/imports/";
    /** Where Quarkus's own limit for a body without Content-Length is kept for the request's input stream. */
    private static final String MAX_REQUEST_SIZE = "io.quarkus.max-request-size";

    private final ObjectMapper json;
    private final long uploadLimit;
    private final long jsonLimit;

    OversizedBodyGuard(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadLimit,
                       @ConfigProperty(name = "liaison.http.max-json-body-size") MemorySize jsonLimit) {
        this.json = json;
        this.uploadLimit = uploadLimit.asLongValue();
        this.jsonLimit = jsonLimit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = limitFor(context.request().path());
            if (declared == null || !isOver(declared, limit)) {
                context.next();
                return;
            }
            RouteProblems.send(context, json, new Problem(Problem.TYPE_BASE + "http-413", "Content Too Large", 413,
                    "The request body is larger than " + limit / 1024 + " KB.", null, null, null), true);
        });
        // after Quarkus's own check (order -2), which sets its larger limit for bodies of unknown length
        router.route().order(-1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && limitFor(context.request().path()) == jsonLimit) {
                context.put(MAX_REQUEST_SIZE, jsonLimit);
            }
            context.next();
        });
    }

    private long limitFor(String path) {
        return path != null && path.startsWith(LARGE_BODY_PATHS) ? uploadLimit : jsonLimit;
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
