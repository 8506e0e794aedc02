package org.liaison.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.liaison.common.text.UnacceptableTextException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The single mapping of errors to RFC 9457 problem details for the whole API. Client mistakes get
 * a 4xx with a plain explanation; anything unexpected is logged with an id and answered with a
 * generic 500 that echoes nothing internal.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder response = respond(e.toProblem(), request);
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, HttpServerRequest request) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(ProblemException.invalid(errors), request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : null;
        if (e instanceof UnacceptableTextException text) {
            return problem(ProblemException.invalid(field == null || field.isEmpty() ? "request" : field, text.reason()),
                    request);
        }
        String detail = field == null || field.isEmpty()
                ? "The request body is not valid JSON for this operation."
                : "The value of '" + field + "' has the wrong type or format.";
        List<Problem.FieldError> errors = field == null || field.isEmpty()
                ? null : List.of(new Problem.FieldError(field, "has the wrong type or format"));
        return respond(new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", 400, detail, null,
                errors, null), request).build();
    }

    /** More specific than Quarkus's own mapper for wrong-typed values, so those are problem details too. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return respond(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "A valid bearer token is required: POST /api/auth/token to get one.", null, null, null), request)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your role does not allow this operation.", null, null, null), request).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e instanceof NotFoundException && e.getCause() != null) {
            var parameter = UnconvertibleParameter.name(e.getCause(), request.path(), request.params());
            if (parameter.isPresent()) {
                return problem(ProblemException.invalid(parameter.get(), "has the wrong type or format"), request);
            }
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept " + request.method() + ".";
            case 406 -> "None of the accepted media types can be produced here.";
            case 413 -> "The request body is too large.";
            case 415 -> "This media type is not accepted here; send application/json.";
            default -> type.getReasonPhrase() + ".";
        };
        Response.ResponseBuilder response = respond(
                new Problem(Problem.TYPE_BASE + "http-" + status, type.getReasonPhrase(), status, detail, null, null, null),
                request);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Problem known = DatabaseProblems.translate(e);
        if (known != null) {
            Response.ResponseBuilder response = respond(known, request);
            if (known.status() == 503) {
                response.header(HttpHeaders.RETRY_AFTER, DatabaseProblems.RETRY_AFTER_SECONDS);
            }
            return response.build();
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s %s", incident, request.method(), request.path());
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "Something went wrong on our side. Quote incident " + incident + " if you report it.",
                null, null, null), request).build();
    }

    private static Response.ResponseBuilder respond(Problem problem, HttpServerRequest request) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(request.path()));
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "create.request.address" → "address"; a bare parameter keeps its own name. */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                case CONTAINER_ELEMENT -> {
                    // "topics" then "<list element>"[1] reads as "topics[1]"
                    Integer index = node.getIndex() != null ? node.getIndex() : null;
                    if (index != null && !names.isEmpty() && !names.get(names.size() - 1).endsWith("]")) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + index + "]");
                    }
                }
                default -> names.add(node.getIndex() != null && node.getName() != null
                        ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        names.removeIf(name -> name == null || name.isEmpty());
        return names.isEmpty() ? (parameter == null ? "request" : parameter) : String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
