package org.liaison.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Answers from a Vert.x route, ahead of Quarkus REST and its mappers, with the same problem details. */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** Ends the request with the problem; the connection is closed when the body was refused unread. */
    public static void send(RoutingContext context, ObjectMapper json, Problem problem, boolean closeConnection) {
        try {
            var response = context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (closeConnection) {
                response.putHeader(HttpHeaders.CONNECTION, "close");
            }
            response.end(json.writeValueAsString(problem.withInstance(context.request().path())));
        } catch (JsonProcessingException e) {
            context.fail(problem.status());
        }
    }

    /** A 400 naming the one field (or parameter) that is wrong. */
    public static Problem invalid(String field, String message) {
        return ProblemException.invalid(field, message).toProblem();
    }
}
