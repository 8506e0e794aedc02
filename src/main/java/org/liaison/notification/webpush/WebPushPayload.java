package org.liaison.notification.webpush;

import org.liaison.notification.NotificationPlan;
import org.liaison.notification.NotificationTemplates;
import org.liaison.notification.channel.OutgoingMessage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the service worker shows: a title, a short text (the tracking code only; links cannot be tapped inside a
 * notification, so the tracking page is its url instead) and a tag that folds one case's notifications into one.
 */
final class WebPushPayload {

    private static final Map<String, String> ZH = Map.of(
            NotificationPlan.RESIDENT_ACCEPTED, "您的留言{code}已由代表受理。",
            NotificationPlan.RESIDENT_INFO_REQUESTED, "您的留言{code}需要补充信息。",
            NotificationPlan.RESIDENT_RESPONDED, "您的留言{code}已答复，请查看并评价。",
            NotificationPlan.RESIDENT_CLOSED, "您的留言{code}已办结，感谢参与。");

    private static final Map<String, String> EN = Map.of(
            NotificationPlan.RESIDENT_ACCEPTED, "A deputy took on your message {code}.",
            NotificationPlan.RESIDENT_INFO_REQUESTED, "Your message {code} needs more information.",
            NotificationPlan.RESIDENT_RESPONDED, "Your message {code} has an answer. Please read and rate it.",
            NotificationPlan.RESIDENT_CLOSED, "Your message {code} is closed. Thank you.");

    private WebPushPayload() {
    }

    /** The JSON fields of the push message: messageId, title, body, url, tag. */
    static Map<String, String> of(OutgoingMessage message) {
        boolean en = "en".equals(NotificationTemplates.language(message.language()));
        String template = (en ? EN : ZH).get(message.templateKey());
        if (template == null) {
            throw new IllegalArgumentException("no Web Push text for " + message.templateKey());
        }
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("messageId", message.messageId());
        payload.put("title", en ? "Deputy liaison" : "人大代表联络");
        payload.put("body", template.replace("{code}", message.parameters().getOrDefault("code", "")));
        payload.put("url", message.parameters().getOrDefault("link", "/"));
        payload.put("tag", "case-" + message.trackingCode());
        return payload;
    }
}
