package org.liaison.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The page language: zh-CN unless the resident chose English with ?lang=en (remembered in a cookie) or the
 * browser prefers English over Chinese in Accept-Language.
 */
public final class WebLocale {

    public static final String ZH = "zh";
    public static final String EN = "en";
    public static final String COOKIE = "liaison_lang";

    private WebLocale() {
    }

    public static String choose(String query, String cookie, String acceptLanguage) {
        if (isKnown(query)) {
            return query;
        }
        if (isKnown(cookie)) {
            return cookie;
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    public static boolean isKnown(String lang) {
        return ZH.equals(lang) || EN.equals(lang);
    }

    /** The preferred of zh and en by quality (ties: first listed); zh when neither is named. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        String[] ranges = header.split(",");
        return Arrays.stream(ranges)
                .map(String::strip)
                .map(range -> new Object[] {language(range), quality(range)})
                .filter(pair -> isKnown((String) pair[0]))
                .max(Comparator.comparingDouble(pair -> (Double) pair[1]))
                .map(pair -> (String) pair[0])
                .orElse(ZH);
    }

    private static String language(String range) {
        String tag = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static double quality(String range) {
        for (String parameter : range.split(";")) {
            String p = parameter.strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
