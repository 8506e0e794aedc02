package org.liaison.qr;

/** Lets tests of other features decode QR images with the qr tests' ZXing helper. */
public final class QrTestAccess {

    private QrTestAccess() {
    }

    public static String decodePng(byte[] png) {
        return QrDecoding.decodePng(png).text();
    }
}
