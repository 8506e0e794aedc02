package org.liaison.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * When residents reach the service over https (PUBLIC_BASE_URL), every cookie it sets is marked Secure, so a browser
 * never sends it over plain http. TLS ends at the proxy, so the request itself cannot tell; the public address can.
 * One place for every cookie, whoever sets it.
 */
@ApplicationScoped
class SecureCookies {

    private final boolean https;

    SecureCookies(LiaisonConfig config) {
        this.https = isHttps(config.publicBaseUrl());
    }

    void install(@Observes Router router) {
        if (!https) {
            return;
        }
        router.route().order(-10).handler(context -> {
            context.addHeadersEndHandler(ended -> {
                List<String> cookies = context.response().headers().getAll("Set-Cookie");
                if (!cookies.isEmpty()) {
                    context.response().headers().set("Set-Cookie", cookies.stream().map(SecureCookies::secure).toList());
                }
            });
            context.next();
        });
    }

    static boolean isHttps(String publicBaseUrl) {
        try {
            return "https".equalsIgnoreCase(URI.create(publicBaseUrl.strip()).getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The Set-Cookie value with the Secure attribute, added once. */
    static String secure(String setCookie) {
        for (String attribute : setCookie.split(";")) {
            if (attribute.strip().toLowerCase(Locale.ROOT).equals("secure")) {
                return setCookie;
            }
        }
        return setCookie + "; Secure";
    }
}
