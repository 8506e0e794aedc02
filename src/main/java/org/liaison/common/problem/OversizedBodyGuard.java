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
 * like every other error, without reading the body.
 */
@ApplicationScoped
class OversizedBodyGuard {

    private final ObjectMapper json;
    private final long limit;

    OversizedBodyGuard(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.json = json;
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared == null || !isOver(declared)) {
                context.next();
                return;
            }
            RouteProblems.send(context, json, new Problem(Problem.TYPE_BASE + "http-413", "Content Too Large", 413,
                    "The request body is larger than " + limit / 1024 + " KB.", null, null, null), true);
        });
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
