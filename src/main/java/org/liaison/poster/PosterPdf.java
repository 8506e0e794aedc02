package org.liaison.poster;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.liaison.qr.QrRenderer;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Draws print pages as one A4 PDF, one page each: the poster as the SVG poster lays it out (bilingual title,
 * name and kind, a 12 cm QR code drawn as vector modules, the typed code and address, opening hours, contact
 * days, instructions), and scan sheets listing a venue's deputies and their contact days. CPU-bound: call on a worker.
 */
final class PosterPdf {

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color BLACK = Color.BLACK;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final float TEXT_WIDTH = 180;
    private static final float QR_SIZE = 120;

    private PosterPdf() {
    }

    static void write(List<PrintPage> pages, String title, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Liaison");
            PdfFonts fonts = new PdfFonts(document);
            // encoding the QR codes is most of the work and needs no document: do it on every core first
            List<BitMatrix> symbols = pages.parallelStream()
                    .map(page -> page instanceof PrintPage.Poster poster ? QrRenderer.modules(poster.url()) : null)
                    .toList();
            for (int i = 0; i < pages.size(); i++) {
                PrintPage page = pages.get(i);
                PDPage pdfPage = new PDPage(PdfCanvas.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    PdfCanvas canvas = new PdfCanvas(content, fonts);
                    if (page instanceof PrintPage.Poster poster) {
                        poster(canvas, fonts, poster, symbols.get(i));
                    } else {
                        sheet(canvas, fonts, (PrintPage.ScanSheet) page);
                    }
                }
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void poster(PdfCanvas canvas, PdfFonts fonts, PrintPage.Poster poster, BitMatrix symbol) throws IOException {
        float centre = PdfCanvas.WIDTH / 2;
        canvas.rect(0, 0, PdfCanvas.WIDTH, 8, RED);
        canvas.centred(centre, 30, 15, fonts.latinBold, RED, "扫码联系代表");
        canvas.centred(centre, 40, 7.5f, fonts.latin, BLACK, "Scan to contact a deputy");
        float y = canvas.paragraph(55, 9, fonts.latinBold, BLACK, poster.name(), TEXT_WIDTH, 2);
        canvas.centred(centre, y + 1, 5.5f, fonts.latin, GREY, poster.label());
        y += 6;
        qr(canvas, (PdfCanvas.WIDTH - QR_SIZE) / 2, y, QR_SIZE, symbol);
        y += QR_SIZE + 12;
        canvas.centred(centre, y, 11, fonts.mono, BLACK, poster.groupedCode());
        y += 7;
        for (String line : canvas.wrap(poster.url(), 4.5f, fonts.mono, TEXT_WIDTH, 2)) {
            canvas.centred(centre, y, 4.5f, fonts.mono, GREY, line);
            y += 5.5f;
        }
        y += 5;
        if (poster.openingHours().isPresent()) {
            canvas.centred(centre, y, 4.5f, fonts.latin, GREY, "开放时间 Opening hours");
            y = canvas.paragraph(y + 6.5f, 5.5f, fonts.latin, BLACK, poster.openingHours().get(), TEXT_WIDTH, 2) + 3;
        }
        if (poster.nextContactDay().isPresent()) {
            canvas.centred(centre, y, 4.5f, fonts.latin, RED, "下次代表接待日 Next contact day");
            canvas.paragraph(y + 7, 6, fonts.latinBold, RED, poster.nextContactDay().get(), TEXT_WIDTH, 2);
        }
        canvas.centred(centre, PdfCanvas.HEIGHT - 15, 4.5f, fonts.latin, GREY, "用手机相机或微信扫一扫，写下您的意见和建议");
        canvas.centred(centre, PdfCanvas.HEIGHT - 9, 4.2f, fonts.latin, GREY, "Scan with your phone camera and write to your deputies");
    }

    private static void sheet(PdfCanvas canvas, PdfFonts fonts, PrintPage.ScanSheet sheet) throws IOException {
        canvas.rect(0, 0, PdfCanvas.WIDTH, 4, RED);
        float y = 22;
        for (String line : canvas.wrap(sheet.venueName(), 7, fonts.latinBold, 180, 2)) {
            canvas.text(15, y, 7, fonts.latinBold, BLACK, line);
            y += 8.5f;
        }
        canvas.text(15, y, 4.5f, fonts.latin, GREY, sheet.label() + " · 场所工作人员用表 Sheet for the venue's staff");
        for (String line : canvas.wrap(sheet.address(), 4.2f, fonts.latin, 180, 2)) {
            y += 7;
            canvas.text(15, y, 4.2f, fonts.latin, BLACK, line);
        }
        y += 7;
        if (sheet.openingHours().isPresent()) {
            canvas.text(15, y, 4.2f, fonts.latin, BLACK, "开放时间 Opening hours: " + sheet.openingHours().get());
            y += 7;
        }
        y += 4;
        canvas.text(15, y, 4.5f, fonts.latinBold, RED, "在此接待居民的代表 Deputies receiving residents here");
        y += 3;
        canvas.rect(15, y, 180, 0.3f, GREY);
        y += 8;
        if (sheet.deputies().isEmpty()) {
            canvas.text(15, y, 4.5f, fonts.latin, GREY, "尚无代表 No deputy serves this venue yet");
        }
        for (PrintPage.Line line : sheet.deputies()) {
            if (y > PdfCanvas.HEIGHT - 35) {
                canvas.text(15, y, 4, fonts.latin, GREY, "…");
                break;
            }
            // the name on a line of its own: a long name must never run into the contact days
            canvas.text(15, y, 5, fonts.latinBold, BLACK, line.deputyName());
            canvas.text(20, y + 5.5f, 4.2f, fonts.latin, BLACK, line.contactDaysZh());
            canvas.text(20, y + 10.5f, 3.8f, fonts.latin, GREY, line.contactDaysEn());
            y += 17;
        }
        canvas.text(15, PdfCanvas.HEIGHT - 17, 3.8f, fonts.latin, GREY, "请核对张贴的二维码属于本场所；二维码更换后，旧海报即失效。");
        canvas.text(15, PdfCanvas.HEIGHT - 11, 3.8f, fonts.latin, GREY,
                "Check that the posters belong to this venue; once a code is replaced, old posters stop working.");
    }

    /** The QR symbol as filled squares, merged into horizontal runs like the SVG poster's path. */
    private static void qr(PdfCanvas canvas, float x, float y, float size, BitMatrix modules) throws IOException {
        int count = modules.getWidth();
        float module = size / count;
        canvas.rect(x, y, size, size, Color.WHITE);
        canvas.color(BLACK);
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row)) {
                    column++;
                }
                // a hair of overlap so no white seam appears between rows at any resolution
                canvas.addRect(x + start * module, y + row * module, (column - start) * module, module + 0.01f);
            }
        }
        canvas.fill();
    }
}
