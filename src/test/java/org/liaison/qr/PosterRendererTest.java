package org.liaison.qr;

import org.junit.jupiter.api.Test;
import org.liaison.venue.VenueKind;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PosterRendererTest {

    private static final String URL = "https://liaison.example.gov.cn/v/7K4M9QXTB";

    private static PosterContent content(String name, VenueKind kind, String hours) {
        return new PosterContent(name, kind, URL, "7K4M-9QXT-B", Optional.ofNullable(hours), Optional.empty());
    }

    @Test
    void showsTitleVenueKindCodeAddressAndHours() {
        String svg = PosterRenderer.render(content("健康社区人大代表联系点", VenueKind.POINT, "每月第三个星期二 9:00-11:30"));
        assertThat(svg)
                .contains("width=\"210mm\" height=\"297mm\" viewBox=\"0 0 210 297\"")
                .contains(">扫码联系代表<").contains(">Scan to contact a deputy<")
                .contains(">健康社区人大代表联系点<")
                .contains("代表联系点")
                .contains(">7K4M-9QXT-B<")
                .contains(">" + URL + "<")
                .contains(">开放时间 Opening hours<").contains(">每月第三个星期二 9:00-11:30<")
                .contains("Noto Sans CJK SC").contains("PingFang SC").contains("Microsoft YaHei").contains("sans-serif")
                .doesNotContain("Next contact day");
        assertThat(parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void theQrCodeOnThePosterDecodesToTheAddress() {
        String svg = PosterRenderer.render(content("五爱社区人大代表联系点", VenueKind.POINT, null));
        QrDecoding.Decoded decoded = QrDecoding.decodeSvg(svg);
        assertThat(decoded.text()).isEqualTo(URL);
        assertThat(decoded.errorCorrection()).isEqualTo("Q");
        assertThat(svg).doesNotContain("Opening hours");
    }

    @Test
    void everyKindHasItsChineseName() {
        assertThat(PosterRenderer.render(content("甲", VenueKind.HOME, null))).contains("代表之家");
        assertThat(PosterRenderer.render(content("乙", VenueKind.STATION, null))).contains("代表联络站");
        assertThat(PosterRenderer.render(content("丙", VenueKind.POINT, null))).contains("代表联系点");
    }

    @Test
    void nextContactDayIsPrintedWhenKnown() {
        PosterContent content = content("健康社区人大代表联系点", VenueKind.POINT, null).withNextContactDay("12月16日（星期二）9:00-11:30");
        assertThat(PosterRenderer.render(content)).contains(">下次代表接待日 Next contact day<")
                .contains(">12月16日（星期二）9:00-11:30<");
        assertThat(content.withNextContactDay("  ").nextContactDay()).isEmpty();
    }

    @Test
    void hostileTextIsEscapedAndTheDocumentStaysWellFormed() {
        String name = "<script>alert('x')</script> & \"Co\" 社区\u0001";
        String svg = PosterRenderer.render(new PosterContent(name, VenueKind.HOME, URL, "7K4M-9QXT-B",
                Optional.of("9:00 <b>&</b> 17:00"), Optional.of("]]><!-- -->")));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<!--")
                .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;Co&quot; 社区")
                .contains("9:00 &lt;b&gt;&amp;&lt;/b&gt; 17:00");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & \"Co\" 社区");
        assertThat(QrDecoding.decodeSvg(svg).text()).isEqualTo(URL);
    }

    @Test
    void veryLongNamesAndHoursAreWrappedNotOverflowing() {
        String svg = PosterRenderer.render(content("梁溪区".repeat(60), VenueKind.STATION, "周一至周五".repeat(100)));
        assertThat(svg).contains("…");
        assertThat(svg.lines().filter(line -> line.startsWith("<text"))).hasSizeLessThanOrEqualTo(14);
        assertThat(QrDecoding.decodeSvg(svg).text()).isEqualTo(URL);
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("The poster is not well-formed XML", e);
        }
    }
}
