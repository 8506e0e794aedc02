package org.liaison.open311;

import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;

import java.time.Duration;
import java.util.List;

/**
 * An error as GeoReport v2 answers it: the HTTP status (403 bad or missing api_key, 404 unknown service or
 * request, 400 for anything else the client can fix) and the errors list. The descriptions are written for the
 * client and never carry internal state.
 */
public class Open311Exception extends RuntimeException {

    private final int status;
    private final List<Open311Views.Error> errors;
    private final transient Duration retryAfter;

    public Open311Exception(int status, List<Open311Views.Error> errors, Duration retryAfter) {
        super(errors.isEmpty() ? "Open311 error " + status : errors.get(0).description(), null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static Open311Exception badRequest(String description) {
        return of(400, description);
    }

    public static Open311Exception notFound(String description) {
        return of(404, description);
    }

    public static Open311Exception forbidden(String description) {
        return of(403, description);
    }

    private static Open311Exception of(int status, String description) {
        return new Open311Exception(status, List.of(new Open311Views.Error(status, description)), null);
    }

    /**
     * The same failure in the specification's terms: one error per invalid field, 403/404 kept, too many requests
     * kept as 429 (clients and proxies know to back off), every other client error 400.
     */
    public static Open311Exception from(ProblemException problem) {
        int status = switch (problem.status()) {
            case 403, 404, 429 -> problem.status();
            default -> 400;
        };
        Problem details = problem.toProblem();
        List<Open311Views.Error> errors = details.errors() == null || details.errors().isEmpty()
                ? List.of(new Open311Views.Error(status, details.detail()))
                : details.errors().stream().map(e -> new Open311Views.Error(status, e.field() + ": " + e.message())).toList();
        return new Open311Exception(status, errors, problem.retryAfter());
    }

    public int status() {
        return status;
    }

    public List<Open311Views.Error> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
