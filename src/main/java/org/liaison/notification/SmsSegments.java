package org.liaison.notification;

/**
 * How many SMS segments a text takes: 160 characters (153 per part) in the GSM 7-bit alphabet, else 70 (67 per
 * part) in UCS-2, which every Chinese text needs.
 */
public final class SmsSegments {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private SmsSegments() {
    }

    public static int count(String text) {
        boolean gsm = text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0);
        int length = text.codePointCount(0, text.length());
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return length <= single ? 1 : (length + part - 1) / part;
    }
}
