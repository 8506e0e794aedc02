package org.liaison.notification.webpush;

import com.interaso.webpush.CryptoKt;
import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.liaison.notification.NotifyConfig;
import org.liaison.notification.channel.Channels;

import java.util.Base64;
import java.util.Optional;

/**
 * The VAPID identity of this service (RFC 8292), read once from NOTIFY_WEBPUSH_PUBLIC_KEY, NOTIFY_WEBPUSH_PRIVATE_KEY
 * and NOTIFY_WEBPUSH_SUBJECT when NOTIFY_CHANNELS enables webpush. Production refuses to start without them (a
 * generated key would silently orphan every browser's subscription at the next restart); dev mode and tests get an
 * ephemeral pair. Every instance must share the keys: a subscription is bound to the public key it was made with.
 */
@ApplicationScoped
public class VapidKeyring {

    static final String DEV_SUBJECT = "mailto:dev@liaison.invalid";

    private final Optional<WebPush> push;

    VapidKeyring(NotifyConfig config) {
        boolean enabled = Channels.names(config.channels()).contains(WebPushChannel.NAME);
        this.push = enabled ? Optional.of(load(config.webpush(), LaunchMode.current().isDevOrTest())) : Optional.empty();
    }

    /** Fails the start, not the first message, when the settings are wrong. */
    void checkAtStart(@Observes StartupEvent started) {
        push.ifPresent(WebPush::getSubject);
    }

    /** The encrypter and signer; empty when webpush is not enabled. */
    public Optional<WebPush> push() {
        return push;
    }

    /** The applicationServerKey browsers subscribe with (base64url of the 65-byte point); empty when not enabled. */
    public Optional<String> publicKey() {
        return push.map(p -> Base64.getUrlEncoder().withoutPadding().encodeToString(p.getVapidKeys().getApplicationServerKey()));
    }

    static WebPush load(NotifyConfig.WebPush config, boolean devOrTest) {
        Optional<String> publicKey = config.publicKey().filter(k -> !k.isBlank());
        Optional<String> privateKey = config.privateKey().filter(k -> !k.isBlank());
        VapidKeys keys;
        if (publicKey.isPresent() && privateKey.isPresent()) {
            keys = parse(publicKey.get().trim(), privateKey.get().trim());
        } else if (devOrTest) {
            Log.warn("Web Push: no NOTIFY_WEBPUSH_PUBLIC_KEY/NOTIFY_WEBPUSH_PRIVATE_KEY, using an ephemeral VAPID key pair "
                    + "(dev and tests only: subscriptions stop working at the next start)");
            keys = VapidKeys.generate();
        } else {
            throw new IllegalStateException("NOTIFY_CHANNELS enables webpush: set NOTIFY_WEBPUSH_PUBLIC_KEY and "
                    + "NOTIFY_WEBPUSH_PRIVATE_KEY (base64url P-256 VAPID key pair, e.g. npx web-push generate-vapid-keys)");
        }
        return new WebPush(subject(config.subject(), devOrTest), keys);
    }

    private static VapidKeys parse(String publicKey, String privateKey) {
        VapidKeys keys;
        try {
            keys = VapidKeys.fromUncompressedBytes(publicKey, privateKey);
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("NOTIFY_WEBPUSH_PUBLIC_KEY/NOTIFY_WEBPUSH_PRIVATE_KEY are not base64url "
                    + "P-256 keys (65-byte public point, 32-byte private scalar)");
        }
        if (!CryptoKt.areKeysValidPair(keys.getPrivateKey(), keys.getPublicKey())) {
            throw new IllegalStateException("NOTIFY_WEBPUSH_PUBLIC_KEY and NOTIFY_WEBPUSH_PRIVATE_KEY are not one key pair");
        }
        return keys;
    }

    private static String subject(Optional<String> configured, boolean devOrTest) {
        String subject = configured.map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        if (subject == null && devOrTest) {
            return DEV_SUBJECT;
        }
        if (subject == null || !(subject.startsWith("mailto:") || subject.startsWith("https://"))) {
            throw new IllegalStateException("NOTIFY_WEBPUSH_SUBJECT must be a mailto: or https: contact of the operator");
        }
        return subject;
    }
}
