package org.liaison.qr;

import java.util.ArrayList;
import java.util.List;

/** Text for SVG documents: escaping, and line breaking by estimated width since SVG does not wrap. */
final class SvgText {

    /** Width of a Latin character relative to a CJK one, which is a full em. */
    private static final double NARROW = 0.6;
    private static final String OPENING = "(（[【「『《“‘";

    private SvgText() {
    }

    /** Escapes the five XML specials and drops characters XML 1.0 cannot carry at all. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (isXmlChar(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Breaks {@code text} into at most {@code maxLines} lines of at most {@code maxEm} ems, preferring a
     * break after a space or punctuation; an ellipsis marks text that did not fit.
     */
    static List<String> wrap(String text, double maxEm, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 && width(rest) > maxEm) {
                lines.add(cut(rest, maxEm - 1) + "…");
                return lines;
            }
            String line = cut(rest, maxEm);
            if (line.length() < rest.length()) {
                int soft = lastBreak(line);
                if (soft > line.length() / 2) {
                    line = line.substring(0, soft);
                }
                // an opening bracket belongs with what it opens, on the next line
                while (line.length() > 1 && OPENING.indexOf(line.charAt(line.length() - 1)) >= 0) {
                    line = line.substring(0, line.length() - 1);
                }
            }
            lines.add(line.strip());
            rest = rest.substring(line.length()).strip();
        }
        return lines;
    }

    /** Estimated width in ems: CJK and full-width characters take one em, others a little over half. */
    static double width(String text) {
        return text.codePoints().mapToDouble(c -> isWide(c) ? 1.0 : NARROW).sum();
    }

    private static String cut(String text, double maxEm) {
        double width = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            width += isWide(c) ? 1.0 : NARROW;
            if (width > maxEm) {
                break;
            }
            end += Character.charCount(c);
        }
        return text.substring(0, Math.max(end, Math.min(text.length(), Character.charCount(text.codePointAt(0)))));
    }

    private static int lastBreak(String line) {
        for (int i = line.length() - 1; i > 0; i--) {
            if (" ,;/，、；。".indexOf(line.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
