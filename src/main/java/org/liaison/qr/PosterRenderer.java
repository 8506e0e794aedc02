package org.liaison.qr;

import java.math.BigDecimal;
import java.util.List;

/**
 * Draws a venue's poster as an A4 SVG in millimetres: bilingual title, venue name and kind, the QR code
 * 12 cm wide (scannable from over a metre), the code to type by hand with its address, opening hours and
 * the next contact day. Every text is escaped; fonts fall back to whatever CJK font the printer has.
 */
public final class PosterRenderer {

    static final String CJK_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'SimHei', sans-serif";
    static final String MONO_FONTS = "'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace";
    private static final double WIDTH = 210;
    private static final double HEIGHT = 297;
    private static final double TEXT_WIDTH = 180;
    private static final double QR_SIZE = 120;
    private static final String RED = "#c8102e";

    private PosterRenderer() {
    }

    public static String render(PosterContent content) {
        StringBuilder svg = new StringBuilder(16_384)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 210 297\" ")
                .append("font-family=\"").append(CJK_FONTS).append("\" text-anchor=\"middle\">\n")
                .append("<title>").append(SvgText.escape("扫码联系代表 · " + content.venueName())).append("</title>\n")
                .append("<rect width=\"210\" height=\"297\" fill=\"#ffffff\"/>\n")
                .append("<rect width=\"210\" height=\"8\" fill=\"").append(RED).append("\"/>\n");
        text(svg, 30, 15, "bold", RED, "扫码联系代表");
        text(svg, 40, 7.5, "normal", "#222222", "Scan to contact a deputy");
        double y = 55;
        y = paragraph(svg, y, 9, "bold", "#000000", content.venueName(), 2);
        text(svg, y + 1, 5.5, "normal", "#555555", content.kindLabel());
        y += 6;
        double qrX = (WIDTH - QR_SIZE) / 2;
        svg.append("<svg x=\"").append(mm(qrX)).append("\" y=\"").append(mm(y)).append("\" width=\"").append(mm(QR_SIZE))
                .append("\" height=\"").append(mm(QR_SIZE)).append("\" ")
                .append(QrRenderer.symbol(QrRenderer.modules(content.url()))).append("</svg>\n");
        y += QR_SIZE + 12;
        svg.append("<text x=\"105\" y=\"").append(mm(y)).append("\" font-size=\"11\" font-weight=\"bold\" font-family=\"")
                .append(MONO_FONTS).append("\" letter-spacing=\"1\">").append(SvgText.escape(content.groupedCode()))
                .append("</text>\n");
        y += 7;
        for (String line : SvgText.wrap(content.url(), TEXT_WIDTH / 4.5, 2)) {
            svg.append("<text x=\"105\" y=\"").append(mm(y)).append("\" font-size=\"4.5\" fill=\"#333333\" font-family=\"")
                    .append(MONO_FONTS).append("\">").append(SvgText.escape(line)).append("</text>\n");
            y += 5.5;
        }
        y += 5;
        if (content.openingHours().isPresent()) {
            text(svg, y, 4.5, "normal", "#555555", "开放时间 Opening hours");
            y = paragraph(svg, y + 6.5, 5.5, "normal", "#000000", content.openingHours().get(), 2) + 3;
        }
        if (content.nextContactDay().isPresent()) {
            text(svg, y, 4.5, "normal", RED, "下次代表接待日 Next contact day");
            paragraph(svg, y + 7, 6, "bold", RED, content.nextContactDay().get(), 2);
        }
        text(svg, HEIGHT - 15, 4.5, "normal", "#555555", "用手机相机或微信扫一扫，写下您的意见和建议");
        text(svg, HEIGHT - 9, 4.2, "normal", "#555555", "Scan with your phone camera and write to your deputies");
        return svg.append("</svg>\n").toString();
    }

    /** Wrapped, centred lines starting at baseline {@code y}; returns the baseline below the last line. */
    private static double paragraph(StringBuilder svg, double y, double fontSize, String weight, String fill, String text,
                                    int maxLines) {
        List<String> lines = SvgText.wrap(text, TEXT_WIDTH / fontSize, maxLines);
        for (String line : lines) {
            text(svg, y, fontSize, weight, fill, line);
            y += fontSize * 1.3;
        }
        return y;
    }

    /** A length in millimetres without floating-point noise (66.7, not 66.69999999999999). */
    static String mm(double value) {
        return BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private static void text(StringBuilder svg, double y, double fontSize, String weight, String fill, String text) {
        svg.append("<text x=\"105\" y=\"").append(mm(y)).append("\" font-size=\"").append(mm(fontSize))
                .append("\" font-weight=\"").append(weight).append("\" fill=\"").append(fill).append("\">")
                .append(SvgText.escape(text)).append("</text>\n");
    }
}
