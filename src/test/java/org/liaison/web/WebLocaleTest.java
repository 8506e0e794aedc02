package org.liaison.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a page speaks: the switch, then the remembered choice, then the browser's preference. */
class WebLocaleTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "''|zh",
            "en|en",
            "en-US|en",
            "EN-gb,en;q=0.9|en",
            "zh-CN,zh;q=0.9,en;q=0.8|zh",
            "en-US,en;q=0.9,zh-CN;q=0.8|en",
            "zh;q=0.5,en;q=0.9|en",
            "fr-FR,fr;q=0.9|zh",
            "fr,en;q=0.5|en",
            "de,zh-TW;q=0.7,en;q=0.7|zh",
            "en;q=abc,zh;q=0.1|zh",
            "*|zh"})
    void browserPreference(String header, String expected) {
        assertThat(WebLocale.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "?lang={0}, cookie {1}, Accept-Language {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "en|null|zh-CN|en",
            "zh|en|en|zh",
            "null|en|zh-CN|en",
            "fr|null|en|en",
            "null|xx|zh|zh",
            "null|null|null|zh"})
    void switchThenCookieThenBrowser(String query, String cookie, String header, String expected) {
        assertThat(WebLocale.choose(query, cookie, header)).isEqualTo(expected);
    }

    @Test
    void avatarInitialIsTheFirstCharacter() {
        assertThat(PageMapper.initial("王丽")).isEqualTo("王");
        assertThat(PageMapper.initial(" li ming")).isEqualTo("L");
        assertThat(PageMapper.initial("𠀋先生")).isEqualTo("𠀋");
        assertThat(PageMapper.initial("")).isEqualTo("?");
        assertThat(PageMapper.initial(null)).isEqualTo("?");
    }
}
