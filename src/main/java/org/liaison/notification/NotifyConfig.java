package org.liaison.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Notifications to people who are not looking: the outbox, its dispatchers and the channels (README: Notifications). */
@ConfigMapping(prefix = "liaison.notify")
public interface NotifyConfig {

    /** Enabled channels, comma-separated (NOTIFY_CHANNELS): log, webhook, aliyun-sms, tencent-sms, webpush. */
    @WithDefault("log")
    String channels();

    /** Local time window without SMS to residents, e.g. 22:00-08:00 in liaison.zone (NOTIFY_QUIET_HOURS); empty: none. */
    Optional<String> quietHours();

    /** Whether deputies' urgent messages (escalated, urged) are sent during quiet hours too. */
    @WithDefault("true")
    boolean urgentIgnoresQuietHours();

    /** At most this many SMS per phone number per local day; the rest wait for the next morning. */
    @WithDefault("5")
    int dailyCapPerPhone();

    /** Delivery attempts before a message goes to the dead-letter state (DEAD). */
    @WithDefault("8")
    int maxAttempts();

    /** First retry delay; it doubles per attempt (with jitter) up to backoff-max. */
    @WithDefault("30s")
    Duration backoffBase();

    /** Longest retry delay. */
    @WithDefault("1h")
    Duration backoffMax();

    /** How long a dispatcher holds a claimed message; a killed instance's messages are retried after it. */
    @WithDefault("60s")
    Duration lease();

    /** Timeout of one HTTP delivery; keep it well under the lease. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Messages claimed per dispatcher round. */
    @WithDefault("20")
    int batchSize();

    /** Dispatcher period on every instance ("off": tests run NotificationDispatcher.dispatchDue themselves). */
    @WithDefault("2s")
    String dispatchEvery();

    /** Period of the cleanup that clears phone numbers of scrubbed cases from the outbox. */
    @WithDefault("10m")
    String cleanupEvery();

    /** Language of messages to deputies and departments, and to residents whose page language is unknown. */
    @WithDefault("zh-CN")
    String defaultLanguage();

    /** Template keys sent for every category (comma-separated); "all" sends each one NotificationPlan knows. */
    @WithDefault("all")
    String templates();

    /** Per category code, the template keys sent instead of liaison.notify.templates (comma-separated; "none"). */
    Map<String, String> categoryTemplates();

    /** The webhook channel. */
    Webhook webhook();

    /** Tencent Cloud SMS. */
    TencentSms tencent();

    /** Alibaba Cloud SMS. */
    AliyunSms aliyun();

    /** Web Push to the residents' browsers (VAPID). */
    WebPush webpush();

    interface Webhook {
        /** Where messages are POSTed as JSON (NOTIFY_WEBHOOK_URL). */
        Optional<URI> url();

        /** HMAC-SHA256 key of the X-Liaison-Signature header (NOTIFY_WEBHOOK_SECRET). */
        Optional<String> secret();
    }

    interface TencentSms {
        /** API address (TENCENT_SMS_ENDPOINT). */
        @WithDefault("https://sms.tencentcloudapi.com")
        URI endpoint();

        /** Region of the SMS application (TENCENT_SMS_REGION). */
        @WithDefault("ap-guangzhou")
        String region();

        /** SecretId of the API key (TENCENT_SMS_SECRET_ID). */
        Optional<String> secretId();

        /** SecretKey of the API key (TENCENT_SMS_SECRET_KEY). */
        Optional<String> secretKey();

        /** SmsSdkAppId of the SMS application (TENCENT_SMS_APP_ID). */
        Optional<String> appId();

        /** Approved signature name (TENCENT_SMS_SIGN_NAME). */
        Optional<String> signName();

        /** Approved template id per template key: resident.case-accepted=1234567,deputy.case-assigned=... (TENCENT_SMS_TEMPLATES). */
        Optional<String> templates();
    }

    interface AliyunSms {
        /** API address (ALIYUN_SMS_ENDPOINT). */
        @WithDefault("https://dysmsapi.aliyuncs.com")
        URI endpoint();

        /** AccessKey id (ALIYUN_SMS_ACCESS_KEY_ID). */
        Optional<String> accessKeyId();

        /** AccessKey secret (ALIYUN_SMS_ACCESS_KEY_SECRET). */
        Optional<String> accessKeySecret();

        /** Approved signature name (ALIYUN_SMS_SIGN_NAME). */
        Optional<String> signName();

        /** Approved template code per template key: resident.case-accepted=SMS_123456,... (ALIYUN_SMS_TEMPLATES). */
        Optional<String> templates();
    }

    interface WebPush {
        /** VAPID public key, base64url of the 65-byte uncompressed P-256 point (NOTIFY_WEBPUSH_PUBLIC_KEY). */
        Optional<String> publicKey();

        /** VAPID private key, base64url of the 32-byte P-256 scalar (NOTIFY_WEBPUSH_PRIVATE_KEY); secret. */
        Optional<String> privateKey();

        /** Contact the push services may reach the operator at, mailto: or https: (NOTIFY_WEBPUSH_SUBJECT). */
        Optional<String> subject();

        /** Seconds a push service keeps an undelivered message (the TTL header). */
        @WithDefault("86400")
        int ttlSeconds();

        /** Subscriptions one case may hold (browsers and devices of the resident). */
        @WithDefault("5")
        int maxPerCase();
    }
}
