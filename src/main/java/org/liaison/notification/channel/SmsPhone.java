package org.liaison.notification.channel;

/** Numbers as the SMS providers want them: E.164, mainland numbers with +86. */
final class SmsPhone {

    private SmsPhone() {
    }

    static String e164(String phone) {
        String digits = phone.replaceAll("[\\s-]", "");
        return digits.startsWith("+") ? digits : "+86" + digits;
    }

    /** Aliyun takes mainland numbers without the country code, others as 00 + country code + number. */
    static String aliyun(String phone) {
        String e164 = e164(phone);
        return e164.startsWith("+86") ? e164.substring(3) : "00" + e164.substring(1);
    }
}
