package org.liaison.notification;

import java.util.Locale;
import java.util.Map;

/**
 * The texts, in zh-CN and en. They carry the tracking code and, for residents, the link to the tracking page (and
 * in the first message the unsubscribe link), never the case text or anyone's name or number. Each fits one SMS
 * segment with a base address of up to 30 characters, except the first resident message with its two links;
 * links come last, so no phone takes the following words for part of the address.
 * Placeholders: {code} (printed form), {link}, {unsubscribe}.
 */
public final class NotificationTemplates {

    private static final Map<String, String> ZH = Map.of(
            NotificationPlan.RESIDENT_ACCEPTED, "您的留言{code}已由代表受理，进度：{link} 不再接收通知：{unsubscribe}",
            NotificationPlan.RESIDENT_INFO_REQUESTED, "您的留言{code}需补充信息，请打开{link}",
            NotificationPlan.RESIDENT_RESPONDED, "您的留言{code}已答复，请查看并评价：{link}",
            NotificationPlan.RESIDENT_CLOSED, "您的留言{code}已办结，感谢参与：{link}",
            NotificationPlan.DEPUTY_ASSIGNED, "有新留言{code}待您接单，请在履职平台处理。",
            NotificationPlan.DEPUTY_ESCALATED, "留言{code}已超时未接单并转给您，请尽快处理。",
            NotificationPlan.DEPUTY_URGED, "留言{code}已被督办，请尽快办理。",
            NotificationPlan.DEPUTY_DEPARTMENT_REPLIED, "留言{code}的承办部门已回复，请查看并答复居民。",
            NotificationPlan.DEPARTMENT_REFERRED, "有代表转办的留言{code}，请在平台查看并回复。");

    private static final Map<String, String> EN = Map.of(
            NotificationPlan.RESIDENT_ACCEPTED, "A deputy took on your message {code}: {link} Stop updates: {unsubscribe}",
            NotificationPlan.RESIDENT_INFO_REQUESTED, "Your message {code} needs more information: {link}",
            NotificationPlan.RESIDENT_RESPONDED, "Your message {code} has an answer. Read and rate it: {link}",
            NotificationPlan.RESIDENT_CLOSED, "Your message {code} is closed. Thank you. {link}",
            NotificationPlan.DEPUTY_ASSIGNED, "New message {code} waits for you to accept it.",
            NotificationPlan.DEPUTY_ESCALATED, "Message {code} passed its accept deadline and is now yours. Please act soon.",
            NotificationPlan.DEPUTY_URGED, "Message {code} is under supervision. Please act soon.",
            NotificationPlan.DEPUTY_DEPARTMENT_REPLIED, "The department replied on message {code}. Please answer the resident.",
            NotificationPlan.DEPARTMENT_REFERRED, "A deputy referred message {code} to you. Please reply on the platform.");

    private NotificationTemplates() {
    }

    /** zh-CN or en: the language tag a message is stored with. */
    public static String language(String requested) {
        return requested != null && requested.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh-CN";
    }

    /** The text of the template in the language, with the parameters filled in. */
    public static String render(String key, String language, Map<String, String> parameters) {
        String template = ("en".equals(language(language)) ? EN : ZH).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no template " + key);
        }
        String text = template;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            text = text.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return text;
    }
}
