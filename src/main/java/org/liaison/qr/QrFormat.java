package org.liaison.qr;

import java.util.Locale;
import java.util.Optional;

/** The image formats a QR code is delivered in. */
public enum QrFormat {
    PNG("image/png"),
    SVG("image/svg+xml");

    private final String mediaType;

    QrFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named in a query parameter (png or svg, any case), or empty. */
    public static Optional<QrFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "png" -> Optional.of(PNG);
            case "svg" -> Optional.of(SVG);
            default -> Optional.empty();
        };
    }
}
