package org.liaison.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every resident page leaves through here, with its security headers: no inline script, no framing, no
 * Referer (a tracking link's fragment holds the case secret), never cached (forms carry one-time keys).
 */
final class PageResponses {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** The headers of every page, also those answered before Quarkus REST (OversizedFormGuard). */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            HttpHeaders.CACHE_CONTROL, "no-store",
            HttpHeaders.VARY, "Accept-Language, Cookie");

    private PageResponses() {
    }

    static Uni<Response> html(int status, TemplateInstance page, List<NewCookie> cookies) {
        return page.createUni().map(body -> {
            Response.ResponseBuilder response = Response.status(status)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(body);
            HEADERS.forEach(response::header);
            cookies.forEach(response::cookie);
            return response.build();
        });
    }

    static List<NewCookie> cookies(PageContext context) {
        List<NewCookie> cookies = new ArrayList<>();
        if (context.newCsrfToken()) {
            cookies.add(cookie(Csrf.COOKIE, context.csrfToken(), -1));
        }
        if (context.rememberLanguage()) {
            cookies.add(cookie(WebLocale.COOKIE, context.lang(), 365 * 24 * 3600));
        }
        return cookies;
    }

    private static NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
