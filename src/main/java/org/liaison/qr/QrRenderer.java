package org.liaison.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.QRCode;
import io.quarkus.logging.Log;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Draws QR codes for print and screen. Level Q survives a quarter of the symbol being scratched or
 * dirty, which a poster on a community notice board needs; modules are whole pixels so the code
 * stays crisp at any size; the quiet zone is the 4 modules the standard asks for, or more.
 */
public final class QrRenderer {

    public static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.Q;
    public static final int QUIET_ZONE_MODULES = 4;

    static {
        // Encoding to memory needs no temporary files, which a read-only container file system would refuse.
        ImageIO.setUseCache(false);
    }

    private QrRenderer() {
    }

    /**
     * The symbol's modules, one bit per module, quiet zone included. The mask is the standard's choice (lowest
     * penalty) unless that symbol has a finder lookalike ({@link FinderLookalikes}), which ZXing's reader, in
     * the scanner apps of many cheap phones, cannot get past; then it is the first mask without one. In the
     * rare text where every mask has one, the first whose symbol ZXing reads back ({@link QrReadBack}).
     */
    public static BitMatrix modules(String text) {
        List<Supplier<BitMatrix>> candidates = new ArrayList<>(List.of(() -> encode(text, null)));
        for (int mask = 0; mask < QRCode.NUM_MASK_PATTERNS; mask++) {
            int chosen = mask;
            candidates.add(() -> encode(text, chosen));
        }
        List<BitMatrix> tried = new ArrayList<>();
        for (Supplier<BitMatrix> candidate : candidates) {
            BitMatrix symbol = candidate.get();
            if (!FinderLookalikes.present(symbol, QUIET_ZONE_MODULES)) {
                return symbol;
            }
            tried.add(symbol);
        }
        return tried.stream().filter(symbol -> QrReadBack.readsUpright(symbol, text)).findFirst().orElseGet(() -> {
            Log.warnf("No mask makes a QR code of %d characters readable upright by ZXing; keeping the standard's choice",
                    text.length());
            return tried.get(0);
        });
    }

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code: " + text.length() + " characters", e);
        }
    }

    /**
     * A square PNG of {@code size} pixels: modules are the largest whole number of pixels that fits, and
     * the rest goes to a wider quiet zone. Only when a module cannot get one pixel is the image larger.
     */
    public static byte[] png(String text, int size) {
        BitMatrix modules = modules(text);
        int count = modules.getWidth();
        int scale = Math.max(1, size / count);
        int imageSize = Math.max(size, count * scale);
        int offset = (imageSize - count * scale) / 2;
        BufferedImage image = new BufferedImage(imageSize, imageSize, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, imageSize, imageSize);
            graphics.setColor(Color.BLACK);
            for (int y = 0; y < count; y++) {
                for (int x = 0; x < count; x++) {
                    if (modules.get(x, y)) {
                        graphics.fillRect(offset + x * scale, offset + y * scale, scale, scale);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** A standalone SVG, {@code size} pixels wide and high, that scales without blurring. */
    public static String svg(String text, int size) {
        BitMatrix modules = modules(text);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size + "\" height=\"" + size + "\" "
                + symbol(modules) + "</svg>\n";
    }

    /**
     * The attributes and content of an {@code <svg>} element drawing the symbol in its own module
     * coordinates: a white square and one path of dark modules, merged into horizontal runs.
     */
    static String symbol(BitMatrix modules) {
        int count = modules.getWidth();
        return "viewBox=\"0 0 " + count + " " + count + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + count + "\" height=\"" + count + "\" fill=\"#ffffff\"/>"
                + "<path class=\"qr-modules\" fill=\"#000000\" d=\"" + darkRuns(modules) + "\"/>";
    }

    private static String darkRuns(BitMatrix modules) {
        StringBuilder path = new StringBuilder();
        int count = modules.getWidth();
        for (int y = 0; y < count; y++) {
            int x = 0;
            while (x < count) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < count && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return path.toString();
    }
}
