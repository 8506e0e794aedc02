package org.liaison.notification.webpush;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which of the case's subscriptions to remove. */
@Schema(description = "The endpoint of the subscription to remove (PushSubscription.endpoint).")
public record PushSubscriptionRemoval(
        @NotBlank @Size(max = SubscriptionRules.MAX_ENDPOINT_LENGTH)
        @Schema(example = "https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ:APA91bH")
        String endpoint) {
}
