package org.liaison.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule; PackagedJarIT sees the header itself on a page served with an https PUBLIC_BASE_URL. */
class SecureCookiesTest {

    @ParameterizedTest
    @CsvSource({"https://liaison.example.gov.cn, true", "HTTPS://liaison.example/, true",
            "http://localhost:8080, false", "'not a url', false"})
    void onlyAnHttpsPublicAddressMakesCookiesSecure(String url, boolean secure) {
        assertThat(SecureCookies.isHttps(url)).isEqualTo(secure);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "liaison_csrf=abc; Path=/; HttpOnly; SameSite=Strict | liaison_csrf=abc; Path=/; HttpOnly; SameSite=Strict; Secure",
            "lang=en; Path=/; Secure; HttpOnly | lang=en; Path=/; Secure; HttpOnly",
            "lang=en;secure | lang=en;secure"})
    void secureIsAddedOnce(String header, String expected) {
        assertThat(SecureCookies.secure(header)).isEqualTo(expected);
    }
}
