package org.liaison.qr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a<b>&c|a&lt;b&gt;&amp;c",
            "\"quoted\" 'single'|&quot;quoted&quot; &apos;single&apos;",
            "健康社区人大代表联系点|健康社区人大代表联系点",
            "</text><script>alert(1)</script>|&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
            "&amp;|&amp;amp;"})
    void escapesXmlSpecials(String text, String escaped) {
        assertThat(SvgText.escape(text)).isEqualTo(escaped);
    }

    @Test
    void dropsCharactersXmlCannotCarry() {
        assertThat(SvgText.escape("a\u0000b\u0001c\u001Fd\uFFFEe\uD800f\tg")).isEqualTo("abcdef\tg");
        assertThat(SvgText.escape("𠀀 emoji 🙂")).isEqualTo("𠀀 emoji 🙂");
    }

    @Test
    void shortTextIsOneLine() {
        assertThat(SvgText.wrap("  周一至周五   9:00-17:00 ", 20, 3)).containsExactly("周一至周五 9:00-17:00");
    }

    @Test
    void chineseBreaksByWidthAndLatinAtSpaces() {
        assertThat(SvgText.wrap("一二三四五六七八九十一二三四五", 10, 3)).containsExactly("一二三四五六七八九十", "一二三四五");
        assertThat(SvgText.wrap("every third Tuesday of the month", 10, 5))
                .allSatisfy(line -> assertThat(SvgText.width(line)).isLessThanOrEqualTo(10))
                .containsExactly("every third", "Tuesday of the", "month");
    }

    @Test
    void anOpeningBracketMovesToTheNextLine() {
        assertThat(SvgText.wrap("一二三四五六七八九（十一）", 10, 3)).containsExactly("一二三四五六七八九", "（十一）");
    }

    @Test
    void tooLongTextEndsWithAnEllipsisOnTheLastLine() {
        List<String> lines = SvgText.wrap("一".repeat(100), 10, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(lines).allSatisfy(line -> assertThat(SvgText.width(line)).isLessThanOrEqualTo(10));
    }

    @Test
    void aSingleOverlongWordIsCutRatherThanLooping() {
        assertThat(SvgText.wrap("x".repeat(50), 6, 20)).allSatisfy(line -> assertThat(line).isNotEmpty()).hasSize(5);
        assertThat(SvgText.wrap("", 6, 2)).isEmpty();
    }
}
