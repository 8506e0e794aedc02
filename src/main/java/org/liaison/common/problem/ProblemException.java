package org.liaison.common.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A client-facing error of the domain. Services throw these; {@link ProblemMappers} turns them into
 * problem details. The detail is written for the client, so it must never carry internal state.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> context;
    private final Duration retryAfter;

    public ProblemException(int status, String kind, String title, String detail,
                            List<Problem.FieldError> errors, Map<String, Object> context, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors;
        this.context = context;
        this.retryAfter = retryAfter;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found.", null, null, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null, null, null);
    }

    public static ProblemException conflict(String detail, Map<String, Object> context) {
        return new ProblemException(409, "conflict", "Conflict", detail, null, context, null);
    }

    public static ProblemException gone(String detail) {
        return new ProblemException(410, "gone", "Gone", detail, null, null, null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** 400 with one entry per invalid field, worded like the bean-validation errors of the request body. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request", Problem.FieldError.summary(errors),
                List.copyOf(errors), null, null);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", "Unprocessable request", detail, null, null, null);
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, "too-many-requests", "Too many requests", detail, null, null, retryAfter);
    }

    public int status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + kind, title, status, getMessage(), null, errors, context);
    }
}
