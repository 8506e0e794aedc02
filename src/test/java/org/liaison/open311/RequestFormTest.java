package org.liaison.open311;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestFormTest {

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return form;
    }

    private static Map<String, List<String>> minimal(String... more) {
        Map<String, List<String>> form = form("service_code", "ENV", "address_id", "7K4M9QXTB", "description", "灯坏了");
        form.putAll(form(more));
        return form;
    }

    @Test
    void readsEveryFieldItKeeps() {
        RequestForm request = RequestForm.parse(minimal("first_name", "小明", "last_name", "李", "phone", "13912345678",
                "media_url", "https://x.example/a.jpg", "attribute[anonymous]", "TRUE", "attribute[contact_consent]", "false"));
        assertThat(request.serviceCode()).isEqualTo("ENV");
        assertThat(request.name()).isEqualTo("小明 李");
        assertThat(request.anonymous()).isTrue();
        assertThat(request.contactConsent()).isFalse();
        assertThat(request.toString()).doesNotContain("小明", "13912345678", "灯坏了");
    }

    @Test
    void emptyFieldsAreAbsentOnes() {
        RequestForm request = RequestForm.parse(minimal("first_name", "", "phone", " ", "media_url", "",
                "attribute[anonymous]", "", "lat", "", "long", ""));
        assertThat(request).isEqualTo(RequestForm.parse(minimal()));
    }

    @Test
    void theCaseTextCarriesTheWrittenAddressAndTheMediaLinkForTheDeputy() {
        RequestForm request = RequestForm.parse(minimal("address_string", "健康路 12 号", "media_url", "https://x.example/a.jpg"));
        assertThat(request.caseText()).isEqualTo("灯坏了\n\n地点 Location: 健康路 12 号\n图片 Media: https://x.example/a.jpg");
        assertThat(RequestForm.parse(minimal()).caseText()).isEqualTo("灯坏了");
    }

    @Test
    void latAndLongPlaceTheRequestWithoutAnAddressId() {
        RequestForm request = RequestForm.parse(form("service_code", "ENV", "description", "x", "lat", "31.58", "long", "-120.3"));
        assertThat(request.latitude()).isEqualTo(31.58);
        assertThat(request.longitude()).isEqualTo(-120.3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "service_code|               |service_code is required",
            "description|                |description is required",
            "address_id|                 |a location is required"})
    void requiredFields(String field, String ignored, String message) {
        Map<String, List<String>> form = minimal();
        form.remove(field);
        assertThatThrownBy(() -> RequestForm.parse(form)).isInstanceOf(Open311Exception.class).hasMessageContaining(message);
    }

    @Test
    void anAddressStringAloneCannotBePlaced() {
        Map<String, List<String>> form = form("service_code", "ENV", "description", "x", "address_string", "健康路");
        assertThatThrownBy(() -> RequestForm.parse(form)).hasMessageContaining("address_string alone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"91|0", "-90.5|0", "0|180.1", "abc|0", "0|NaN", "Infinity|0", "1e400|0"})
    void coordinatesOutsideWgs84Are400(String lat, String lon) {
        assertThatThrownBy(() -> RequestForm.parse(form("service_code", "ENV", "description", "x", "lat", lat, "long", lon)))
                .isInstanceOf(Open311Exception.class);
    }

    @Test
    void latWithoutLongIs400() {
        assertThatThrownBy(() -> RequestForm.parse(form("service_code", "ENV", "description", "x", "lat", "31.5")))
                .hasMessageContaining("together");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x.example/a.jpg", "javascript:alert(1)", "/relative.jpg", "http://", "https://exa mple.com/"})
    void mediaUrlsMustBeAbsoluteHttp(String url) {
        assertThatThrownBy(() -> RequestForm.parse(minimal("media_url", url))).hasMessageContaining("media_url");
    }

    @Test
    void aMediaUrlOverAThousandCharactersIs400() {
        assertThatThrownBy(() -> RequestForm.parse(minimal("media_url", "https://x.example/" + "a".repeat(1000))))
                .hasMessageContaining("media_url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on"})
    void attributesTakeTrueOrFalseOnly(String value) {
        assertThatThrownBy(() -> RequestForm.parse(minimal("attribute[contact_consent]", value)))
                .hasMessageContaining("attribute[contact_consent]");
    }
}
