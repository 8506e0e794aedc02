package org.liaison.poster;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Drawing on an A4 page in millimetres from the top left, as the SVG poster is laid out; text centred and wrapped. */
final class PdfCanvas {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = 210;
    static final float HEIGHT = 297;
    static final PDRectangle A4 = PDRectangle.A4;
    private static final String BREAK_AFTER = " ,;/，、；。";

    private final PDPageContentStream content;
    private final PdfFonts fonts;

    PdfCanvas(PDPageContentStream content, PdfFonts fonts) {
        this.content = content;
        this.fonts = fonts;
    }

    void rect(float x, float y, float width, float height, Color color) throws IOException {
        color(color);
        addRect(x, y, width, height);
        fill();
    }

    void color(Color color) throws IOException {
        content.setNonStrokingColor(color);
    }

    /** Adds a rectangle to the current path; {@link #fill()} paints them all at once. */
    void addRect(float x, float y, float width, float height) throws IOException {
        content.addRect(x * MM, (HEIGHT - y - height) * MM, width * MM, height * MM);
    }

    void fill() throws IOException {
        content.fill();
    }

    /** One line centred at baseline {@code y}; {@code x} is the centre. */
    void centred(float x, float y, float size, PDType0Font latin, Color color, String text) throws IOException {
        text(x - fonts.width(text, latin, size * MM) / MM / 2, y, size, latin, color, text);
    }

    void text(float x, float y, float size, PDType0Font latin, Color color, String text) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x * MM, (HEIGHT - y) * MM);
        for (PdfFonts.Run run : fonts.runs(text, latin)) {
            content.setFont(run.font(), size * MM);
            content.showText(run.text());
        }
        content.endText();
    }

    /** Wrapped centred lines from baseline {@code y}, at most {@code maxLines}; returns the baseline below the last. */
    float paragraph(float y, float size, PDType0Font latin, Color color, String text, float maxWidth, int maxLines)
            throws IOException {
        for (String line : wrap(text, size, latin, maxWidth, maxLines)) {
            centred(WIDTH / 2, y, size, latin, color, line);
            y += size * 1.3f;
        }
        return y;
    }

    /** Greedy line breaking by measured width, preferring a break after a space or punctuation; … marks a cut. */
    List<String> wrap(String text, float size, PDType0Font latin, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines) {
            int end = fit(rest, size, latin, maxWidth);
            if (end < rest.length() && lines.size() == maxLines - 1) {
                lines.add(rest.substring(0, fit(rest, size, latin, maxWidth - fonts.width("…", latin, size * MM) / MM)) + "…");
                return lines;
            }
            if (end < rest.length()) {
                for (int i = end - 1; i > end / 2; i--) {
                    if (BREAK_AFTER.indexOf(rest.charAt(i)) >= 0) {
                        end = i + 1;
                        break;
                    }
                }
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /** How many chars of {@code text} fit in the width; glyph widths simply add up (no kerning is applied). */
    private int fit(String text, float size, PDType0Font latin, float maxWidth) {
        int end = 0;
        float width = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            width += fonts.width(text.substring(end, next), latin, size * MM) / MM;
            if (width > maxWidth && end > 0) {
                break;
            }
            end = next;
        }
        return end;
    }
}
