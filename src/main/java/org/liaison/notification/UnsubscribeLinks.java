package org.liaison.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;
import org.liaison.notification.channel.Hmac;
import org.liaison.privacy.PrivacyConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The links in residents' messages: the tracking page (PUBLIC_BASE_URL/t/{trackingCode}, without the resident's
 * secret) and the unsubscribe link /u/{trackingCode}/{token}, whose token is a keyed MAC of the tracking code (a key
 * derived from PERSONAL_DATA_KEY), so nothing is stored and nobody can unsubscribe a case they only heard the code of.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    private static final int TOKEN_BYTES = 9;

    private final String base;
    private final byte[] key;

    UnsubscribeLinks(LiaisonConfig config, PrivacyConfig privacy) {
        this.base = config.publicBaseUrl().replaceAll("/+$", "");
        this.key = Hmac.sha256(privacy.personalDataKey().getBytes(StandardCharsets.UTF_8), "liaison notification unsubscribe");
    }

    public String trackingLink(String trackingCode) {
        return base + "/t/" + trackingCode;
    }

    public String unsubscribeLink(String trackingCode) {
        return base + "/u/" + trackingCode + "/" + token(trackingCode);
    }

    public String token(String trackingCode) {
        byte[] mac = Hmac.sha256(key, "unsubscribe:" + trackingCode);
        byte[] shortened = new byte[TOKEN_BYTES];
        System.arraycopy(mac, 0, shortened, 0, TOKEN_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(shortened);
    }

    public boolean matches(String trackingCode, String token) {
        return token != null && MessageDigest.isEqual(token(trackingCode).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
