package org.liaison.common.problem;

import io.vertx.core.MultiMap;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the query parameter a failed conversion was about. Jakarta REST must answer 404 when a query or path
 * parameter cannot be converted (`since=soon`, `page=2147483648`), and its exception does not say which one; the
 * converter's message quotes the value (`For input string: "soon"`), so the query parameter holding exactly that
 * value is the one. None is found for a path segment (`/categories/abc`: there is nothing at that address, the 404
 * stays), a value in both the path and the query, or a message that quotes nothing.
 */
final class UnconvertibleParameter {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,39}");

    private UnconvertibleParameter() {
    }

    static Optional<String> name(Throwable conversionFailure, String path, MultiMap query) {
        String message = conversionFailure.getMessage();
        int open = message == null ? -1 : message.indexOf('"');
        int close = message == null ? -1 : message.lastIndexOf('"');
        if (open < 0 || close <= open) {
            return Optional.empty();
        }
        String value = message.substring(open + 1, close);
        if (Arrays.asList(path.split("/")).contains(value) && !value.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> parameter : query) {
            if (parameter.getValue().equals(value) && PLAIN_NAME.matcher(parameter.getKey()).matches()) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }
}
