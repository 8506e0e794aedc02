package org.liaison.qr;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class QrRendererTest {

    private static final String URL = "https://liaison.example.gov.cn/v/7K4M9QXTB";

    @ParameterizedTest
    @ValueSource(ints = {128, 129, 200, 333, 512, 777, 1024, 2047, 2048})
    void pngIsExactlyTheAskedSizeAndDecodesAtLevelQ(int size) {
        BufferedImage image = QrDecoding.png(QrRenderer.png(URL, size));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        QrDecoding.Decoded decoded = QrDecoding.decode(image);
        assertThat(decoded.text()).isEqualTo(URL);
        assertThat(decoded.errorCorrection()).isEqualTo("Q");
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 512, 2048})
    void pngKeepsAQuietZoneOfAtLeastFourModules(int size) {
        int modulesWithoutQuietZone = QrRenderer.modules(URL).getWidth() - 2 * QrRenderer.QUIET_ZONE_MODULES;
        QrDecoding.Margins margins = QrDecoding.margins(QrDecoding.png(QrRenderer.png(URL, size)));
        int pixelsPerModule = margins.symbolWidth() / modulesWithoutQuietZone;
        assertThat(margins.symbolWidth()).isEqualTo(pixelsPerModule * modulesWithoutQuietZone);
        assertThat(pixelsPerModule).isGreaterThanOrEqualTo(2);
        assertThat(margins.quietZone()).isGreaterThanOrEqualTo(4 * pixelsPerModule);
    }

    @Test
    void modulesIncludeTheQuietZoneAndStartWithAFinderPattern() {
        BitMatrix modules = QrRenderer.modules(URL);
        int count = modules.getWidth();
        for (int i = 0; i < count; i++) {
            for (int edge = 0; edge < QrRenderer.QUIET_ZONE_MODULES; edge++) {
                assertThat(modules.get(i, edge) || modules.get(edge, i)
                        || modules.get(i, count - 1 - edge) || modules.get(count - 1 - edge, i)).isFalse();
            }
        }
        assertThat(modules.get(4, 4)).isTrue();
        assertThat(modules.get(10, 10)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 512, 2048})
    void svgIsCrispSizedAndDecodes(int size) {
        String svg = QrRenderer.svg(URL, size);
        int modules = QrRenderer.modules(URL).getWidth();
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("width=\"" + size + "\" height=\"" + size + "\"")
                .contains("viewBox=\"0 0 " + modules + " " + modules + "\"")
                .contains("shape-rendering=\"crispEdges\"");
        assertThat(svg.split("<path", -1)).hasSize(2);
        QrDecoding.Decoded decoded = QrDecoding.decodeSvg(svg);
        assertThat(decoded.text()).isEqualTo(URL);
        assertThat(decoded.errorCorrection()).isEqualTo("Q");
        assertThat(QrDecoding.margins(QrDecoding.rasterise(svg)).quietZone()).isGreaterThanOrEqualTo(4 * 6);
    }

    @Test
    void nonAsciiTextSurvivesAsUtf8() {
        String text = "https://人大.example/v/7K4M9QXTB?场所=健康社区";
        assertThat(QrDecoding.decodePng(QrRenderer.png(text, 512)).text()).isEqualTo(text);
        assertThat(QrDecoding.decodeSvg(QrRenderer.svg(text, 512)).text()).isEqualTo(text);
    }

    @Test
    void aLongAddressStillFitsTheSmallestSize() {
        String url = "https://liaison.people-congress.wuxi.example.gov.cn/services/liaison/v/7K4M9QXTB";
        BufferedImage image = QrDecoding.png(QrRenderer.png(url, QrImageRequest.MIN_SIZE));
        assertThat(image.getWidth()).isEqualTo(QrImageRequest.MIN_SIZE);
        assertThat(QrDecoding.decode(image).text()).isEqualTo(url);
    }
}
