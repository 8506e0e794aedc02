package org.liaison.poster;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts a print file embeds, shipped with the application so every printer prints the same: DejaVu Sans
 * for Latin text and Droid Sans Fallback (GB2312 subset, 7,500 characters) for Chinese, both under
 * src/main/resources/fonts with their licences. Each document embeds only the glyphs it uses. Text is split
 * into runs per font; a character neither font has is printed as the replacement mark rather than failing.
 */
final class PdfFonts {

    /** A piece of text in one font. */
    record Run(String text, PDType0Font font) {
    }

    private static final String DIR = "/fonts/";

    final PDType0Font latin;
    final PDType0Font latinBold;
    final PDType0Font mono;
    private final PDType0Font chinese;
    private final CmapLookup chineseGlyphs;

    PdfFonts(PDDocument document) {
        try {
            latin = PDType0Font.load(document, resource("DejaVuSans-Latin.ttf"), true);
            latinBold = PDType0Font.load(document, resource("DejaVuSans-Bold-Latin.ttf"), true);
            mono = PDType0Font.load(document, resource("DejaVuSansMono-Bold-Latin.ttf"), true);
            TrueTypeFont chineseFont = new TTFParser().parse(new RandomAccessReadBuffer(resource("DroidSansFallback-GB2312.ttf")));
            chineseGlyphs = chineseFont.getUnicodeCmapLookup();
            chinese = PDType0Font.load(document, chineseFont, true);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled poster fonts cannot be read", e);
        }
    }

    /** The text in runs of one font each, Latin in {@code latinFont}. */
    List<Run> runs(String text, PDType0Font latinFont) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            PDType0Font font = isLatin(c) ? latinFont : chinese;
            if (font == chinese && !hasChinese(c)) {
                c = hasChinese(0x25A1) ? 0x25A1 : '?';
                font = c == '?' ? latinFont : chinese;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(c);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    /** Width in points of the text at this size. */
    float width(String text, PDType0Font latinFont, float size) {
        float width = 0;
        try {
            for (Run run : runs(text, latinFont)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** The ranges kept in the Latin subsets (see README: fonts). */
    private static boolean isLatin(int c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || (c >= 0x2010 && c <= 0x2027)
                || (c >= 0x2030 && c <= 0x203A) || c == 0x20AC || (c >= 0x2190 && c <= 0x2193);
    }

    private boolean hasChinese(int c) {
        return chineseGlyphs.getGlyphId(c) > 0;
    }

    private static InputStream resource(String name) {
        InputStream in = PdfFonts.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("Font " + name + " is missing from the application");
        }
        return in;
    }
}
