package org.liaison.notification.webpush;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import org.junit.jupiter.api.Test;
import org.liaison.notification.NotifyConfig;

import java.math.BigInteger;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the VAPID identity comes from: the environment in production, an ephemeral pair only in dev and tests. */
class VapidKeyringTest {

    private record Settings(Optional<String> publicKey, Optional<String> privateKey, Optional<String> subject)
            implements NotifyConfig.WebPush {
        @Override
        public int ttlSeconds() {
            return 60;
        }

        @Override
        public int maxPerCase() {
            return 5;
        }
    }

    private static final VapidKeys PAIR = VapidKeys.generate();
    private static final String PUBLIC = BrowserSubscription.base64url(PAIR.getApplicationServerKey());
    private static final String PRIVATE = BrowserSubscription.base64url(
            unsigned32(PAIR.getPrivateKey().getS()));

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static Settings settings(String publicKey, String privateKey, String subject) {
        return new Settings(Optional.ofNullable(publicKey), Optional.ofNullable(privateKey), Optional.ofNullable(subject));
    }

    @Test
    void theConfiguredPairIsUsed() {
        WebPush push = VapidKeyring.load(settings(PUBLIC, PRIVATE, "mailto:ops@example.gov.cn"), false);
        assertThat(BrowserSubscription.base64url(push.getVapidKeys().getApplicationServerKey())).isEqualTo(PUBLIC);
        assertThat(push.getSubject()).isEqualTo("mailto:ops@example.gov.cn");
    }

    @Test
    void productionRefusesMissingKeysAMismatchedPairAndABadSubject() {
        assertThatThrownBy(() -> VapidKeyring.load(settings(null, null, "mailto:ops@example.gov.cn"), false))
                .hasMessageContaining("NOTIFY_WEBPUSH_PUBLIC_KEY");
        assertThatThrownBy(() -> VapidKeyring.load(settings(PUBLIC, "", "mailto:ops@example.gov.cn"), false))
                .hasMessageContaining("NOTIFY_WEBPUSH_PRIVATE_KEY");
        String otherPublic = BrowserSubscription.base64url(VapidKeys.generate().getApplicationServerKey());
        assertThatThrownBy(() -> VapidKeyring.load(settings(otherPublic, PRIVATE, "mailto:ops@example.gov.cn"), false))
                .as("a public key of another pair").hasMessageContaining("NOTIFY_WEBPUSH_PRIVATE_KEY");
        assertThatThrownBy(() -> VapidKeyring.load(settings("not-a-key", PRIVATE, "mailto:ops@example.gov.cn"), false))
                .hasMessageContaining("base64url");
        assertThatThrownBy(() -> VapidKeyring.load(settings(PUBLIC, PRIVATE, null), false))
                .hasMessageContaining("NOTIFY_WEBPUSH_SUBJECT");
        assertThatThrownBy(() -> VapidKeyring.load(settings(PUBLIC, PRIVATE, "ops@example.gov.cn"), false))
                .hasMessageContaining("NOTIFY_WEBPUSH_SUBJECT");
    }

    @Test
    void devAndTestsGetAnEphemeralPairAndAPlaceholderSubject() {
        WebPush push = VapidKeyring.load(settings(null, null, null), true);
        assertThat(push.getVapidKeys().getApplicationServerKey()).hasSize(65);
        assertThat(push.getSubject()).isEqualTo(VapidKeyring.DEV_SUBJECT);
        assertThat(VapidKeyring.load(settings(PUBLIC, PRIVATE, "https://liaison.example.gov.cn/contact"), true)
                .getVapidKeys().getApplicationServerKey()).isEqualTo(PAIR.getApplicationServerKey());
    }
}
