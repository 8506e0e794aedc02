package org.liaison.qr;

import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A QR image as asked for in the query string: the format and the edge length in pixels. */
public record QrImageRequest(QrFormat format, int size) {

    public static final int MIN_SIZE = 128;
    public static final int MAX_SIZE = 2048;
    public static final int DEFAULT_SIZE = 512;

    public QrImageRequest {
        if (format == null) {
            throw new IllegalArgumentException("format is required");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size out of range: " + size);
        }
    }

    /** Parses the query parameters: png or svg, and a whole number of pixels in range; anything else is a 400 with field errors. */
    public static QrImageRequest of(String format, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<QrFormat> parsedFormat = QrFormat.named(format == null ? "png" : format);
        if (parsedFormat.isEmpty()) {
            errors.add(new Problem.FieldError("format", "must be png or svg"));
        }
        int parsedSize = parseSize(size);
        if (parsedSize < MIN_SIZE || parsedSize > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be a whole number of pixels from " + MIN_SIZE + " to " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new QrImageRequest(parsedFormat.get(), parsedSize);
    }

    private static int parseSize(String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            return Integer.parseInt(size.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
