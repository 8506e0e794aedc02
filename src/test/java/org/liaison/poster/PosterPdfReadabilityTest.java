package org.liaison.poster;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.liaison.qr.QrTestAccess;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print files rasterised as a printer or a screen would, at resolutions from a phone's view of a proof on screen
 * to a print shop's, each poster's QR code read back with ZXing's plain reader. At these resolutions a module
 * is a fraction of pixels and its edges are antialiased; with the old mask choice the hard addresses failed
 * at most of them (all 29 at 200 dpi).
 */
class PosterPdfReadabilityTest {

    @Test
    void everyPosterScansAtEveryResolution() throws IOException {
        List<String> urls = Stream.concat(QrTestAccess.hardAddresses().stream(), QrTestAccess.randomAddresses(11, 7).stream()).toList();
        List<PrintPage> pages = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            // one-line and two-line names put the code at different heights, so at different pixel phases
            String name = (i % 2 == 0 ? "印刷联络站 " : "健康社区代表联系点 ") + UUID.randomUUID();
            pages.add(new PrintPage.Poster(name, "代表联络站 · Liaison station", urls.get(i), "7K4M-9QXT-B",
                    Optional.of("周一至周五 9:00–17:00"), Optional.empty()));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PosterPdf.write(pages, "readability", pdf);
        List<String> failed = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int dpi : new int[]{72, 100, 150, 200}) {
                for (int page = 0; page < urls.size(); page++) {
                    BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.GRAY);
                    if (!urls.get(page).equals(decodeOrNull(image))) {
                        failed.add(dpi + " dpi: " + urls.get(page));
                    }
                }
            }
        }
        assertThat(failed).as("posters the plain reader cannot read, of %d pages at 4 resolutions", urls.size()).isEmpty();
    }

    private static String decodeOrNull(BufferedImage image) {
        try {
            return QrTestAccess.decode(image);
        } catch (AssertionError notFound) {
            return null;
        }
    }
}
