package org.liaison.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A resident's form whose body is over the small body limit (liaison.http.max-json-body-size) would get a bare 413 before any
 * page could answer. This route, ahead of it (and of the API's problem-details guard), answers the person with the
 * friendly "your message is too long" page instead, without reading the body.
 */
@ApplicationScoped
class OversizedFormGuard {

    private final Template problem;
    private final WebMessages messages;
    private final long limit;

    OversizedFormGuard(@Location("problem.html") Template problem, WebMessages messages,
                       @ConfigProperty(name = "liaison.http.max-json-body-size") MemorySize limit) {
        this.problem = problem;
        this.messages = messages;
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-5).handler(context -> {
            if (isOversizedForm(context.request())) {
                answer(context);
            } else {
                context.next();
            }
        });
    }

    private boolean isOversizedForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (request.method() != HttpMethod.POST || type == null || length == null
                || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        String lang = WebLocale.choose(request.getParam("lang"), value(request.getCookie(WebLocale.COOKIE)),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String csrf = value(request.getCookie(Csrf.COOKIE));
        PageContext page = new PageContext(lang, false, Csrf.isWellFormed(csrf) ? csrf : Csrf.newToken(), false);
        Pages.common(problem, page, messages, request.path())
                .data("title", messages.get(lang, "problem_413_title"))
                .data("detail", messages.get(lang, "problem_413_detail"))
                .createUni()
                .subscribe().with(body -> {
                    var response = context.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                            .putHeader(HttpHeaders.CONNECTION, "close");
                    PageResponses.HEADERS.forEach(response::putHeader);
                    response.end(body);
                }, failure -> context.fail(413));
    }

    private static String value(Cookie cookie) {
        return cookie == null ? null : cookie.getValue();
    }
}
