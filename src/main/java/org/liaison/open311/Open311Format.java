package org.liaison.open311;

import jakarta.ws.rs.core.MediaType;

import java.util.Locale;
import java.util.Optional;

/** The output formats, chosen by the resource's suffix (services.xml, requests/7K4M9QXTB.json). */
public enum Open311Format {
    JSON(new MediaType("application", "json", "utf-8")),
    XML(new MediaType("text", "xml", "utf-8"));

    /** The path pattern of the suffix, for the resources' @Path templates. */
    public static final String PATTERN = "json|xml";

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public static Open311Format of(String suffix) {
        return parse(suffix).orElse(JSON);
    }

    /** The format a path ends with, e.g. for an error at an address that matches no resource. */
    public static Optional<Open311Format> ofPath(String path) {
        int dot = path == null ? -1 : path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : parse(path.substring(dot + 1));
    }

    private static Optional<Open311Format> parse(String suffix) {
        if (suffix == null) {
            return Optional.empty();
        }
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }
}
