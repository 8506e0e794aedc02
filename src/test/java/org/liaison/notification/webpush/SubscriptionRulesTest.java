package org.liaison.notification.webpush;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.liaison.common.problem.Problem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape a push subscription must have, case by case. */
class SubscriptionRulesTest {

    private static final BrowserSubscription BROWSER = new BrowserSubscription();

    private static List<String> fields(String endpoint, String p256dh, String auth) {
        return SubscriptionRules.check(endpoint, p256dh, auth).stream().map(Problem.FieldError::field).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ:APA91bH",
            "https://updates.push.services.mozilla.com/wpush/v2/gAAAAABk",
            "https://web.push.apple.com/QGuQyavXutnMH6UIc",
            "https://wns2-par02p.notify.windows.com/w/?token=BQYAAAB",
            "https://push.example.com:8443/x",
            "https://8.8.8.8/push",
            "https://[2001:db8::1]/push"})
    void publicHttpsEndpointsAreTaken(String endpoint) {
        assertThat(fields(endpoint, BROWSER.p256dh(), BROWSER.auth())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "http://push.example.com/x", "ftp://push.example.com/x", "javascript:alert(1)", "push.example.com/x",
            "https://", "https:///x", "https://user:pw@push.example.com/x", "https://push.example.com/x#frag",
            "https://push.example.com/a b", "https://push.example.com/a\u0000b", "https://push.example.com/a\nb",
            "https://pùsh.example.com/x", "https://localhost/x", "https://LOCALHOST./x", "https://a.localhost/x",
            "https://printer.local/x", "https://metadata.google.internal/x", "https://intranet/x",
            "https://127.0.0.1/x", "https://127.1.2.3/x", "https://10.0.0.1/x", "https://172.16.5.4/x",
            "https://192.168.1.1/x", "https://169.254.169.254/latest", "https://0.0.0.0/x", "https://100.64.0.1/x",
            "https://224.0.0.1/x", "https://[::1]/x", "https://[fe80::1]/x", "https://[fd00::1]/x", "https://[::]/x",
            "https://[::ffff:127.0.0.1]/x", "https://999.1.1.1/x"})
    void otherEndpointsAreRefused(String endpoint) {
        assertThat(fields(endpoint, BROWSER.p256dh(), BROWSER.auth())).containsExactly("endpoint");
    }

    @Test
    void endpointsAreBounded() {
        String base = "https://push.example.com/";
        assertThat(fields(base + "a".repeat(SubscriptionRules.MAX_ENDPOINT_LENGTH - base.length()), BROWSER.p256dh(),
                BROWSER.auth())).isEmpty();
        assertThat(fields(base + "a".repeat(SubscriptionRules.MAX_ENDPOINT_LENGTH - base.length() + 1), BROWSER.p256dh(),
                BROWSER.auth())).containsExactly("endpoint");
        assertThat(fields(null, BROWSER.p256dh(), BROWSER.auth())).containsExactly("endpoint");
    }

    @Test
    void p256dhMustBeAnUncompressedPointOnTheCurve() {
        String e = "https://push.example.com/x";
        byte[] point = java.util.Base64.getUrlDecoder().decode(BROWSER.p256dh());
        assertThat(fields(e, BROWSER.p256dh() + "=", BROWSER.auth())).as("padding is allowed").isEmpty();
        byte[] compressed = java.util.Arrays.copyOf(point, 33);
        compressed[0] = 2;
        assertThat(fields(e, BrowserSubscription.base64url(compressed), BROWSER.auth())).containsExactly("keys.p256dh");
        byte[] wrongPrefix = point.clone();
        wrongPrefix[0] = 5;
        assertThat(fields(e, BrowserSubscription.base64url(wrongPrefix), BROWSER.auth())).containsExactly("keys.p256dh");
        byte[] offCurve = point.clone();
        offCurve[64] ^= 1;
        assertThat(fields(e, BrowserSubscription.base64url(offCurve), BROWSER.auth())).containsExactly("keys.p256dh");
        byte[] tooLong = java.util.Arrays.copyOf(point, 66);
        assertThat(fields(e, BrowserSubscription.base64url(tooLong), BROWSER.auth())).containsExactly("keys.p256dh");
        String standardBase64 = java.util.Base64.getEncoder().encodeToString(point).replace('A', '/');
        assertThat(fields(e, standardBase64 + "/", BROWSER.auth())).containsExactly("keys.p256dh");
        assertThat(fields(e, null, BROWSER.auth())).containsExactly("keys.p256dh");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 17, 32})
    void authMustBeSixteenBytes(int length) {
        assertThat(fields("https://push.example.com/x", BROWSER.p256dh(), BrowserSubscription.base64url(new byte[length])))
                .containsExactly("keys.auth");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(fields("http://x", "abc", "d")).containsExactly("endpoint", "keys.p256dh", "keys.auth");
    }
}
