package org.liaison.open311;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** Chinese by default, English when the client's Accept-Language prefers it: names, labels and notices. */
public enum Open311Language {
    ZH, EN;

    public static Open311Language of(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (locale.getLanguage().equals("zh")) {
                return ZH;
            }
            if (locale.getLanguage().equals("en")) {
                return EN;
            }
        }
        return ZH;
    }

    public String pick(String zh, String en) {
        return this == EN && en != null && !en.isBlank() ? en : zh;
    }
}
