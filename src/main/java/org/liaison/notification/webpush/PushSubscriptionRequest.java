package org.liaison.notification.webpush;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The browser's PushSubscription.toJSON(), as the tracking page posts it. */
@Schema(description = "A browser's push subscription, exactly as PushSubscription.toJSON() gives it.")
public record PushSubscriptionRequest(
        @NotBlank @Size(max = SubscriptionRules.MAX_ENDPOINT_LENGTH)
        @Schema(description = "The push service's https URL for this browser.",
                example = "https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ:APA91bH")
        String endpoint,
        @Schema(description = "Ignored: the push service's expiry of the subscription, if any.", nullable = true)
        Long expirationTime,
        @NotNull @Valid
        Keys keys) {

    @Schema(name = "PushSubscriptionKeys", description = "The browser's keys for this subscription (RFC 8291).")
    public record Keys(
            @NotBlank @Size(max = 100)
            @Schema(description = "base64url of the browser's 65-byte uncompressed P-256 public key.",
                    example = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM")
            String p256dh,
            @NotBlank @Size(max = 32)
            @Schema(description = "base64url of the 16-byte auth secret.", example = "tBHItJI5svbpez7KI4CCXg")
            String auth) {
    }

    @Override
    public String toString() {
        return "PushSubscriptionRequest[endpoint=***]";
    }
}
