package org.liaison.qr;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.common.ReadableCode;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many addresses of the shape the application issues, drawn at the sizes the endpoints serve and read back with
 * ZXing's plain reader (see {@link QrDecoding}). Between 2 and 6 addresses in 1,000 used to give a symbol that
 * reader cannot find at any size (see {@link QrReadBack}); that made the QR resource tests fail now and then.
 */
class QrReadabilityTest {

    /** Addresses whose lowest-penalty symbol ZXing could not find, out of 16,000 random ones; each failed at every size. */
    static final List<String> HARD_ADDRESSES = List.of(
            "http://localhost:8080/v/DWEW2J9MM", "http://localhost:8080/d/PK78YDF09", "http://localhost:8080/d/AQNRKETYQ",
            "http://localhost:8080/v/CWV4GEECW", "http://localhost:8080/v/BRKYTGA4M", "http://localhost:8080/d/TF4PJ4RB7",
            "http://localhost:8080/d/CJ6QWS2AK", "http://localhost:8080/d/2WSEF9F7T", "http://localhost:8080/v/Q8H7JQS1H",
            "http://localhost:8080/d/1BX6P191G", "http://localhost:8080/d/FFP4VGGAS", "http://localhost:8080/v/1EDVC9CGM",
            "http://localhost:8080/v/4X41STX7E", "http://localhost:8080/d/T88H555GG", "http://localhost:8080/d/MA9GX53QK",
            "http://localhost:8080/d/24BNDSSQP", "http://localhost:8080/d/SN5R8QGA8", "http://localhost:8080/d/8WDAJ5PRF",
            "http://localhost:8080/v/T1VWDYJ7N", "http://localhost:8080/v/MFWHSPHJY", "http://localhost:8080/v/NMJMTEE33",
            "http://localhost:8080/v/01K8E3RTN", "http://localhost:8080/d/4DR3Y4GBS", "http://localhost:8080/v/TVWWCBPJX",
            "http://localhost:8080/v/4NP5CA425", "http://localhost:8080/v/VAPM4V4AX", "http://localhost:8080/d/AD3TQWT7P",
            "http://localhost:8080/d/5D7CPW9S8", "http://localhost:8080/d/YTT6KTPKN",
            // read back at 4 px a module but not at 6 or 12: reading back alone does not make a mask safe
            "https://liaison.example.gov.cn/v/N22P2J2VG");

    /** Venue and deputy addresses under the test and a production base address, with codes of the issued shape. */
    static List<String> randomAddresses(int count, long seed) {
        Random random = new Random(seed);
        String[] bases = {"http://localhost:8080/v/", "http://localhost:8080/d/", "https://liaison.example.gov.cn/v/"};
        List<String> addresses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder code = new StringBuilder(bases[random.nextInt(bases.length)]);
            for (int c = 0; c <= PublicCodeService.CODE_LENGTH; c++) {
                code.append(ReadableCode.ALPHABET.charAt(random.nextInt(ReadableCode.ALPHABET.length())));
            }
            addresses.add(code.toString());
        }
        return addresses;
    }

    static List<String> cases(int random) {
        return Stream.concat(HARD_ADDRESSES.stream(), randomAddresses(random, 20261201L).stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 512})
    void fiveHundredAddressesDecodeAtTheSizesTheTestsAndTheDefaultUse(int size) {
        assertAllDecode(cases(500), size);
    }

    @ParameterizedTest
    @ValueSource(ints = {QrImageRequest.MIN_SIZE, 200, 333, 777, 1024, QrImageRequest.MAX_SIZE})
    void addressesDecodeAcrossTheServedRange(int size) {
        assertAllDecode(cases(size > 512 ? 20 : 100), size);
    }

    @Test
    void svgsDecodeToo() {
        List<String> failed = cases(300).stream()
                .filter(url -> !readable(() -> QrDecoding.decodeSvg(QrRenderer.svg(url, 512)).text(), url)).toList();
        assertThat(failed).as("SVGs the plain reader cannot read").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {QrImageRequest.MIN_SIZE, 256, 333, QrImageRequest.DEFAULT_SIZE, 1000, QrImageRequest.MAX_SIZE})
    void everyModuleIsTheSameWholeNumberOfPixelsInsideAQuietZoneOfFourModules(int size) {
        for (String url : Stream.concat(HARD_ADDRESSES.stream().limit(2), randomAddresses(6, size).stream()).toList()) {
            BitMatrix modules = QrRenderer.modules(url);
            int count = modules.getWidth();
            BufferedImage image = QrDecoding.png(QrRenderer.png(url, size));
            assertThat(image.getWidth()).isEqualTo(size);
            int scale = size / count;
            int offset = (size - count * scale) / 2;
            assertThat(offset).as("the quiet zone beyond 4 modules").isGreaterThanOrEqualTo(0);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int mx = Math.floorDiv(x - offset, scale);
                    int my = Math.floorDiv(y - offset, scale);
                    boolean dark = mx >= 0 && my >= 0 && mx < count && my < count && modules.get(mx, my);
                    assertThat((image.getRGB(x, y) & 0xFFFFFF) == 0).as("%s at %d px, pixel %d,%d", url, size, x, y).isEqualTo(dark);
                }
            }
        }
    }

    @Test
    void theChosenSymbolStillHoldsTheAddressAtLevelQ() {
        for (String url : HARD_ADDRESSES) {
            QrDecoding.Decoded decoded = QrDecoding.decodePng(QrRenderer.png(url, 512));
            assertThat(decoded.text()).isEqualTo(url);
            assertThat(decoded.errorCorrection()).isEqualTo("Q");
        }
    }

    private static void assertAllDecode(List<String> urls, int size) {
        List<String> failed = urls.stream()
                .filter(url -> !readable(() -> QrDecoding.decodePng(QrRenderer.png(url, size)).text(), url)).toList();
        assertThat(failed).as("addresses the plain reader cannot read at %d px, of %d", size, urls.size()).isEmpty();
    }

    private static boolean readable(java.util.function.Supplier<String> decode, String expected) {
        try {
            return expected.equals(decode.get());
        } catch (AssertionError notFound) {
            return false;
        }
    }
}
