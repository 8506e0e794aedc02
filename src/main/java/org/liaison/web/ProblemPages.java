package org.liaison.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Friendly pages instead of problem documents: 404 (no such code), 410 (this poster has been replaced),
 * 403 (the form expired: CSRF), 413 (the message is too long), anything else a plain "try again".
 */
@ApplicationScoped
public class ProblemPages {

    private final Template problem;
    private final WebMessages messages;

    ProblemPages(@Location("problem.html") Template problem, WebMessages messages) {
        this.problem = problem;
        this.messages = messages;
    }

    Uni<Response> page(int status, PageContext context, String path) {
        String kind = switch (status) {
            case 403, 404, 410, 413 -> String.valueOf(status);
            default -> "other";
        };
        return PageResponses.html(status, Pages.common(problem, context, messages, path)
                .data("title", messages.get(context.lang(), "problem_" + kind + "_title"))
                .data("detail", messages.get(context.lang(), "problem_" + kind + "_detail")), PageResponses.cookies(context));
    }
}
