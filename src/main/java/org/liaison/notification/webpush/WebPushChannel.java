package org.liaison.notification.webpush;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.interaso.webpush.WebPush;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Blocking;
import org.liaison.notification.NotifyConfig;
import org.liaison.notification.channel.Delivery;
import org.liaison.notification.channel.HttpTransport;
import org.liaison.notification.channel.NotificationChannel;
import org.liaison.notification.channel.OutgoingMessage;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Base64;

/**
 * Web Push (RFC 8030) to a resident's browser: the payload encrypted for the subscription (RFC 8291, aes128gcm), a
 * VAPID token signed with this service's key (RFC 8292). 201/2xx is delivery; 404/410 means the browser dropped the
 * subscription, which is deleted and its message dropped (never retried); 429 and 5xx are retried with backoff.
 * Encryption and signing run on a worker. Not a phone channel: quiet hours and the daily cap do not apply.
 */
@ApplicationScoped
public class WebPushChannel implements NotificationChannel {

    public static final String NAME = "webpush";

    private final VapidKeyring keyring;
    private final PushSubscriptions subscriptions;
    private final HttpTransport http;
    private final ObjectMapper json;
    private final int ttlSeconds;

    WebPushChannel(VapidKeyring keyring, PushSubscriptions subscriptions, HttpTransport http, ObjectMapper json,
                   NotifyConfig config) {
        this.keyring = keyring;
        this.subscriptions = subscriptions;
        this.http = http;
        this.json = json;
        this.ttlSeconds = config.webpush().ttlSeconds();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean reachesPhone() {
        return false;
    }

    @Override
    public Uni<Delivery> send(OutgoingMessage message) {
        if (keyring.push().isEmpty() || message.subscriptionId() == null) {
            return Uni.createFrom().item(new Delivery.Failed("webpush is not enabled, or the message names no subscription"));
        }
        long id = message.subscriptionId();
        return subscriptions.find(id).chain(subscription -> subscription == null
                ? Uni.createFrom().item(new Delivery.Gone("subscription removed"))
                : Blocking.run(() -> request(keyring.push().get(), subscription, message))
                        .chain(request -> http.send(request, response -> Delivery.sent(),
                                new Delivery.Gone("the push service no longer knows the subscription (404/410)")))
                        .call(delivery -> delivery instanceof Delivery.Gone ? subscriptions.delete(id)
                                : Uni.createFrom().voidItem()));
    }

    private HttpRequest.Builder request(WebPush push, PushSubscriptions.Subscription subscription, OutgoingMessage message) {
        byte[] body = push.getBody(payload(message), decode(subscription.p256dh()), decode(subscription.auth()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.endpoint()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        push.getHeaders(subscription.endpoint(), ttlSeconds, null, WebPush.Urgency.Normal).forEach(request::header);
        return request;
    }

    private byte[] payload(OutgoingMessage message) {
        try {
            return json.writeValueAsBytes(WebPushPayload.of(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url);
    }
}
