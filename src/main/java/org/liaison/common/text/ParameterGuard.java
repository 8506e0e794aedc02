package org.liaison.common.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.liaison.common.problem.RouteProblems;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The other half of {@link StrictTextModule}: the path and every query parameter of every request pass
 * {@link TextRules} (single-line) before any resource sees them, so a %00 in a code or a search never reaches
 * the database. Answers 400 naming the parameter ("path" for the path).
 */
@ApplicationScoped
class ParameterGuard {

    private final ObjectMapper json;

    ParameterGuard(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-2).handler(context -> {
            Optional<String> path = TextRules.problem(percentDecoded(context.request().path()), false);
            if (path.isPresent()) {
                RouteProblems.send(context, json, RouteProblems.invalid("path", path.get()), false);
                return;
            }
            String query = context.request().query();
            if (query != null) {
                Iterable<Map.Entry<String, String>> parameters;
                try {
                    parameters = context.queryParams();
                } catch (IllegalArgumentException malformed) {
                    RouteProblems.send(context, json, RouteProblems.invalid("query", "is not a valid query string"), false);
                    return;
                }
                for (Map.Entry<String, String> parameter : parameters) {
                    Optional<String> problem = TextRules.problem(parameter.getKey(), false)
                            .or(() -> TextRules.problem(parameter.getValue(), false));
                    if (problem.isPresent()) {
                        RouteProblems.send(context, json, RouteProblems.invalid(parameter.getKey(), problem.get()), false);
                        return;
                    }
                }
            }
            context.next();
        });
    }

    /** %XX escapes decoded as UTF-8 (malformed sequences become U+FFFD, which is harmless here). */
    static String percentDecoded(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return raw == null ? "" : raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() && c == '%' ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
