package org.liaison.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details document, the body of every error the API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI naming the kind of problem.", example = "https://liaison.example/problems/validation")
        String type,
        @Schema(description = "Short summary of the kind of problem.", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong with this request, in plain words.", example = "2 fields are invalid.")
        String detail,
        @Schema(description = "The request path.", example = "/api/admin/venues")
        String instance,
        @Schema(description = "One entry per invalid field, when the request body or parameters failed validation.")
        List<FieldError> errors,
        @Schema(description = "Further machine-readable facts, e.g. the current status and allowed actions of a case.")
        Map<String, Object> context) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://liaison.example/problems/";

    /** One invalid field: its JSON path and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "name") String field,
            @Schema(example = "must not be blank") String message) {

        /** The detail of a validation problem: "name: must not be blank", or "2 fields are invalid: name, phone." */
        public static String summary(java.util.List<FieldError> errors) {
            return errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid: " + errors.stream().map(FieldError::field).distinct()
                            .collect(java.util.stream.Collectors.joining(", ")) + ".";
        }
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, context);
    }
}
