package org.liaison.web;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Map;

/** What every page needs from the request: the language and the CSRF token (a new one when the cookie is absent). */
record PageContext(String lang, boolean rememberLanguage, String csrfToken, boolean newCsrfToken) {

    static PageContext of(HttpHeaders headers, String langQuery) {
        Map<String, Cookie> cookies = headers.getCookies();
        String langCookie = value(cookies.get(WebLocale.COOKIE));
        String lang = WebLocale.choose(langQuery, langCookie, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String csrf = value(cookies.get(Csrf.COOKIE));
        boolean fresh = !Csrf.isWellFormed(csrf);
        return new PageContext(lang, WebLocale.isKnown(langQuery) && !langQuery.equals(langCookie),
                fresh ? Csrf.newToken() : csrf, fresh);
    }

    /** The CSRF cookie the browser sent, or null. */
    static String csrfCookie(HttpHeaders headers) {
        return value(headers.getCookies().get(Csrf.COOKIE));
    }

    private static String value(Cookie cookie) {
        return cookie == null ? null : cookie.getValue();
    }
}
