package org.liaison.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.notification.channel.Hmac;
import org.liaison.privacy.PrivacyConfig;

import java.nio.charset.StandardCharsets;

/**
 * A keyed digest of a phone number (HMAC-SHA256, key derived from PERSONAL_DATA_KEY), so the daily cap can count
 * messages per number while the outbox keeps numbers only encrypted (each ciphertext is different).
 */
@ApplicationScoped
public class PhoneDigests {

    private final byte[] key;

    PhoneDigests(PrivacyConfig privacy) {
        this.key = Hmac.sha256(privacy.personalDataKey().getBytes(StandardCharsets.UTF_8), "liaison notification phone digest");
    }

    public String of(String phone) {
        return Hmac.hex(Hmac.sha256(key, phone.replaceAll("[\\s-]", "")));
    }
}
