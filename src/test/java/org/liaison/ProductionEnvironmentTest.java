package org.liaison;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionEnvironmentTest {

    private static Map<String, String> complete() {
        Map<String, String> settings = new HashMap<>();
        ProductionEnvironment.REQUIRED.keySet().forEach(name -> settings.put(name, "set"));
        settings.put("JWT_SIGN_KEY_LOCATION", "https://keys.example/sign.pem");
        settings.put("JWT_VERIFY_KEY_LOCATION", "https://keys.example/jwks.json");
        settings.put("PERSONAL_DATA_KEY", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
        settings.put("STREAM_TICKET_KEY", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
        return settings;
    }

    @Test
    void aCompleteEnvironmentPasses() {
        assertThat(ProductionEnvironment.problems(complete()::get, false)).isEmpty();
    }

    @Test
    void everyMissingSettingIsNamedInOneProblem() {
        Map<String, String> settings = complete();
        settings.remove("DB_URL");
        settings.put("PERSONAL_DATA_KEY", " ");
        assertThat(ProductionEnvironment.problems(settings::get, false))
                .singleElement().asString().contains("DB_URL", "PERSONAL_DATA_KEY").doesNotContain("DB_USER");
    }

    @Test
    void aBuildWithTheEmbeddedDevDatabaseIsRefused() {
        assertThat(ProductionEnvironment.problems(complete()::get, true)).singleElement().asString().contains("embedded");
    }

    @Test
    void theDevOnlyPersonalDataKeyIsRefused() {
        Map<String, String> settings = complete();
        settings.put("PERSONAL_DATA_KEY", ProductionEnvironment.DEV_PERSONAL_DATA_KEY);
        assertThat(ProductionEnvironment.problems(settings::get, false)).singleElement().asString().contains("dev-only");
    }

    @Test
    void theDevOnlyStreamTicketKeyIsRefused() {
        Map<String, String> settings = complete();
        settings.put("STREAM_TICKET_KEY", ProductionEnvironment.DEV_STREAM_TICKET_KEY);
        assertThat(ProductionEnvironment.problems(settings::get, false)).singleElement().asString()
                .contains("STREAM_TICKET_KEY", "dev-only");
    }

    @Test
    void theBundledDevKeysAreRefusedByLocation() {
        Map<String, String> settings = complete();
        settings.put("JWT_SIGN_KEY_LOCATION", "dev-only-keys/jwt-sign.pem");
        assertThat(ProductionEnvironment.problems(settings::get, false)).singleElement().asString()
                .contains("JWT_SIGN_KEY_LOCATION", "dev-only");
    }

    @Test
    void aNotificationChannelNeedsItsSettingsOnlyWhenEnabled() {
        Map<String, String> settings = complete();
        assertThat(ProductionEnvironment.problems(settings::get, false)).isEmpty();
        settings.put("NOTIFY_CHANNELS", "log, webhook,tencent-sms");
        settings.put("NOTIFY_WEBHOOK_URL", "https://sms.example.gov.cn/hook");
        assertThat(ProductionEnvironment.problems(settings::get, false)).containsExactly(
                "NOTIFY_CHANNELS enables webhook: set NOTIFY_WEBHOOK_SECRET",
                "NOTIFY_CHANNELS enables tencent-sms: set TENCENT_SMS_SECRET_ID, TENCENT_SMS_SECRET_KEY, TENCENT_SMS_APP_ID, TENCENT_SMS_SIGN_NAME");
        settings.put("NOTIFY_CHANNELS", "log");
        assertThat(ProductionEnvironment.problems(settings::get, false)).isEmpty();
    }

    @Test
    void webPushNeedsItsVapidKeysAndSubjectWhenEnabled() {
        Map<String, String> settings = complete();
        settings.put("NOTIFY_CHANNELS", "log,webpush");
        settings.put("NOTIFY_WEBPUSH_PUBLIC_KEY", "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM");
        assertThat(ProductionEnvironment.problems(settings::get, false)).containsExactly(
                "NOTIFY_CHANNELS enables webpush: set NOTIFY_WEBPUSH_PRIVATE_KEY, NOTIFY_WEBPUSH_SUBJECT");
        settings.put("NOTIFY_CHANNELS", "log");
        assertThat(ProductionEnvironment.problems(settings::get, false)).isEmpty();
    }
}
