package org.liaison.notification.channel;

import java.util.Map;

/**
 * A message ready to leave: who it is for (role, their id when a deputy or department), the phone (decrypted just
 * before sending) or the Web Push subscription id, the template and its rendered text, and a unique message id.
 */
public record OutgoingMessage(String messageId, String role, Long recipientId, String phone, Long subscriptionId,
                              String templateKey, String language, String text, String trackingCode,
                              Map<String, String> parameters) {
}
