package org.liaison.qr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DevQrCodesTest {

    @Test
    void welcomeListsVenueAddressesLoginsAndSwagger() {
        String text = DevQrCodes.welcome(
                List.of(new DevQrCodes.DemoLink("http://localhost:8080/v/7K4M9QXTB", "健康社区人大代表联系点")),
                List.of(new DevQrCodes.DemoLink("http://localhost:8080/d/ABCDEFGH5", "王丽")),
                "http://localhost:8080");
        assertThat(text)
                .contains("scan to try: http://localhost:8080/v/7K4M9QXTB  健康社区人大代表联系点")
                .contains("http://localhost:8080/d/ABCDEFGH5  王丽")
                .contains("admin/admin").contains("deputy1..deputy4/deputy").contains("dept1..dept3/dept")
                .contains("http://localhost:8080/q/swagger-ui");
        assertThat(text.lines()).hasSizeLessThanOrEqualTo(12);
    }
}
