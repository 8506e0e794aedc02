package org.liaison.notification.channel;

import org.liaison.notification.NotifyConfig;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A NotifyConfig for channel tests without Quarkus: providers at the fake receiver's address, test credentials. */
record ChannelConfig(String receiverUrl) implements NotifyConfig {

    @Override public String channels() { return "tencent-sms,aliyun-sms,webhook"; }
    @Override public Optional<String> quietHours() { return Optional.empty(); }
    @Override public boolean urgentIgnoresQuietHours() { return true; }
    @Override public int dailyCapPerPhone() { return 5; }
    @Override public int maxAttempts() { return 8; }
    @Override public Duration backoffBase() { return Duration.ofSeconds(30); }
    @Override public Duration backoffMax() { return Duration.ofHours(1); }
    @Override public Duration lease() { return Duration.ofSeconds(60); }
    @Override public Duration sendTimeout() { return Duration.ofSeconds(1); }
    @Override public int batchSize() { return 20; }
    @Override public String dispatchEvery() { return "off"; }
    @Override public String cleanupEvery() { return "off"; }
    @Override public String defaultLanguage() { return "zh-CN"; }
    @Override public String templates() { return "all"; }
    @Override public Map<String, String> categoryTemplates() { return Map.of(); }

    @Override
    public Webhook webhook() {
        return new Webhook() {
            @Override public Optional<URI> url() { return Optional.of(URI.create(receiverUrl + "/hook")); }
            @Override public Optional<String> secret() { return Optional.of("s3cret"); }
        };
    }

    @Override
    public TencentSms tencent() {
        return new TencentSms() {
            @Override public URI endpoint() { return URI.create(receiverUrl + "/"); }
            @Override public String region() { return "ap-guangzhou"; }
            @Override public Optional<String> secretId() { return Optional.of("AKIDtest"); }
            @Override public Optional<String> secretKey() { return Optional.of("tencent-secret"); }
            @Override public Optional<String> appId() { return Optional.of("1400000000"); }
            @Override public Optional<String> signName() { return Optional.of("人大代表联络"); }
            @Override public Optional<String> templates() { return Optional.of("resident.case-accepted=1234567"); }
        };
    }

    @Override
    public AliyunSms aliyun() {
        return new AliyunSms() {
            @Override public URI endpoint() { return URI.create(receiverUrl + "/"); }
            @Override public Optional<String> accessKeyId() { return Optional.of("testId"); }
            @Override public Optional<String> accessKeySecret() { return Optional.of("testSecret"); }
            @Override public Optional<String> signName() { return Optional.of("人大代表联络"); }
            @Override public Optional<String> templates() { return Optional.of(" resident.case-accepted = SMS_71390007 ,"); }
        };
    }

    @Override
    public WebPush webpush() {
        return new WebPush() {
            @Override public Optional<String> publicKey() { return Optional.empty(); }
            @Override public Optional<String> privateKey() { return Optional.empty(); }
            @Override public Optional<String> subject() { return Optional.empty(); }
            @Override public int ttlSeconds() { return 60; }
            @Override public int maxPerCase() { return 5; }
        };
    }
}
