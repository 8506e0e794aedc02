package org.liaison.qr;

import java.awt.image.BufferedImage;
import java.util.List;

/** Lets tests of other features decode QR images with the qr tests' ZXing helper and use their addresses. */
public final class QrTestAccess {

    private QrTestAccess() {
    }

    public static String decodePng(byte[] png) {
        return QrDecoding.decodePng(png).text();
    }

    /** The text of the QR code in the image; an AssertionError when the plain reader finds none. */
    public static String decode(BufferedImage image) {
        return QrDecoding.decode(image).text();
    }

    /** Addresses whose standard symbol ZXing's plain reader could not find (see QrReadabilityTest). */
    public static List<String> hardAddresses() {
        return QrReadabilityTest.HARD_ADDRESSES;
    }

    /** Random addresses of the shape the application issues. */
    public static List<String> randomAddresses(int count, long seed) {
        return QrReadabilityTest.randomAddresses(count, seed);
    }
}
