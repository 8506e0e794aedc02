package org.liaison.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads QR codes back the way a phone would: ZXing's reader on pixels, SVGs drawn from the modules they contain. */
final class QrDecoding {

    private static final Pattern SYMBOL = Pattern.compile(
            "viewBox=\"0 0 (\\d+) (\\d+)\" shape-rendering=\"crispEdges\"><rect width=\"\\d+\" height=\"\\d+\" fill=\"#ffffff\"/>"
                    + "<path class=\"qr-modules\" fill=\"#000000\" d=\"([^\"]*)\"/>");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int PIXELS_PER_MODULE = 6;

    private QrDecoding() {
    }

    /** The decoded text and its error correction level. */
    record Decoded(String text, String errorCorrection) {
    }

    /**
     * ZXing's plain reader, as a phone's scanner app runs it. Neither TRY_HARDER (it scans every row but still
     * stops at the first three finder-like patterns, so it failed on exactly the same symbols) nor PURE_BARCODE
     * (it skips the finder search, the step that failed) belongs here: either would hide what a phone meets.
     */
    static Decoded decode(BufferedImage image) {
        try {
            Result result = new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                            DecodeHintType.CHARACTER_SET, "UTF-8"));
            return new Decoded(result.getText(), String.valueOf(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)));
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found in the image", e);
        }
    }

    static BufferedImage png(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("a readable PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Decoded decodePng(byte[] bytes) {
        return decode(png(bytes));
    }

    /** Draws the (only) QR symbol of an SVG we emitted from its module runs, then decodes it. */
    static Decoded decodeSvg(String svg) {
        return decode(rasterise(svg));
    }

    static BufferedImage rasterise(String svg) {
        Matcher symbol = SYMBOL.matcher(svg);
        assertThat(symbol.find()).as("an SVG QR symbol in\n" + svg).isTrue();
        int modules = Integer.parseInt(symbol.group(1));
        assertThat(symbol.group(2)).isEqualTo(symbol.group(1));
        String path = symbol.group(3);
        BufferedImage image = new BufferedImage(modules * PIXELS_PER_MODULE, modules * PIXELS_PER_MODULE, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        Matcher run = RUN.matcher(path);
        int consumed = 0;
        while (run.find()) {
            assertThat(run.start()).as("path commands are contiguous").isEqualTo(consumed);
            assertThat(run.group(4)).isEqualTo(run.group(3));
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(x + length).isLessThanOrEqualTo(modules);
            graphics.fillRect(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, length * PIXELS_PER_MODULE, PIXELS_PER_MODULE);
            consumed = run.end();
        }
        graphics.dispose();
        assertThat(consumed).as("the whole path is module runs").isEqualTo(path.length());
        return image;
    }

    /** The smallest white margin around the dark modules, in pixels, and the symbol's width without it. */
    record Margins(int quietZone, int symbolWidth) {
    }

    static Margins margins(BufferedImage image) {
        int minX = image.getWidth();
        int minY = image.getHeight();
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        int quietZone = Math.min(Math.min(minX, minY), Math.min(image.getWidth() - 1 - maxX, image.getHeight() - 1 - maxY));
        return new Margins(quietZone, maxX - minX + 1);
    }
}
