package org.liaison.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a symbol back, upright, with ZXing's stock QR reader and no hints, as the scanner apps of many cheap
 * Android phones do. Every mask makes a valid symbol, but for 2 to 6 addresses in 1,000 of the shape we issue the
 * mask with the lowest penalty leaves data modules that look like a finder pattern ({@link FinderLookalikes})
 * above the real bottom-left finder. ZXing's finder search runs top down and stops as soon as it holds three
 * finder-like patterns of one module size, so it never reaches the real third one and finds no code, at every
 * size and in photos held within a few degrees of upright. zbar reads such symbols, and so does ZXing given
 * the whole image as a pure barcode; a phone pointed at a poster gets neither. The last resort of the mask
 * choice, when every mask has a lookalike (1 address in 200).
 */
final class QrReadBack {

    /** Pixels per module of the check image: at 3 and more the reader behaves as at poster sizes. */
    private static final int PIXELS_PER_MODULE = 4;
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrReadBack() {
    }

    /** Whether the reader finds the symbol (quiet zone included in {@code modules}) and reads exactly {@code text}. */
    static boolean readsUpright(BitMatrix modules, String text) {
        int size = modules.getWidth() * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? BLACK : WHITE;
            }
        }
        try {
            BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
            return text.equals(new QRCodeReader().decode(image).getText());
        } catch (ReaderException e) {
            return false;
        }
    }
}
