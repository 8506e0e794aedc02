package org.liaison.caseflow.handling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.caseflow.handling.ResidentContact.Disclosure;
import org.liaison.caseflow.handling.ResidentDisclosure.Audience;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentDisclosureTest {

    @ParameterizedTest(name = "{0} accepted={1} anonymous={2} consent={3} scrubbed={4} → {5} {6} / {7} {8}")
    @CsvSource(nullValues = "null", value = {
            // audience, accepted, anonymous, consent, scrubbed, name shown, name disclosure, phone shown, phone disclosure
            "HOLDER, false, false, true,  false, 张*,   MASKED,    ****0001, MASKED",
            "HOLDER, true,  false, true,  false, 张三,  SHOWN,     13800000001, SHOWN",
            "HOLDER, false, false, false, false, 张*,   MASKED,    null,        WITHHELD",
            "HOLDER, true,  false, false, false, 张三,  SHOWN,     null,        WITHHELD",
            "HOLDER, false, true,  true,  false, null,  WITHHELD,  ****0001, MASKED",
            "HOLDER, true,  true,  true,  false, null,  WITHHELD,  13800000001, SHOWN",
            "HOLDER, true,  true,  false, false, null,  WITHHELD,  null,        WITHHELD",
            "HOLDER, true,  false, true,  true,  null,  SCRUBBED,  null,        SCRUBBED",
            "ADMIN,  false, true,  false, false, 张三,  SHOWN,     13800000001, SHOWN",
            "ADMIN,  true,  false, true,  true,  null,  SCRUBBED,  null,        SCRUBBED"})
    void whoSeesWhat(Audience audience, boolean accepted, boolean anonymous, boolean consent, boolean scrubbed,
                     String name, Disclosure nameDisclosure, String phone, Disclosure phoneDisclosure) {
        ResidentContact contact = ResidentDisclosure.disclose(audience, accepted, anonymous, consent, scrubbed,
                scrubbed ? null : "张三", scrubbed ? null : "13800000001");
        assertThat(contact.name()).isEqualTo(name);
        assertThat(contact.nameDisclosure()).isEqualTo(nameDisclosure);
        assertThat(contact.phone()).isEqualTo(phone);
        assertThat(contact.phoneDisclosure()).isEqualTo(phoneDisclosure);
        assertThat(contact.anonymous()).isEqualTo(anonymous);
        assertThat(contact.contactConsent()).isEqualTo(consent);
    }

    @Test
    void valuesNotGivenAreNotGiven() {
        ResidentContact contact = ResidentDisclosure.disclose(Audience.HOLDER, true, false, true, false, null, " ");
        assertThat(contact.nameDisclosure()).isEqualTo(Disclosure.NOT_GIVEN);
        assertThat(contact.phoneDisclosure()).isEqualTo(Disclosure.NOT_GIVEN);
        assertThat(contact.name()).isNull();
        assertThat(contact.phone()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"张三,张*", "欧阳娜娜,欧*", "Li Lei,L*", "'  王 ',*", "𠀀二,𠀀*", "王,*"})
    void namesKeepTheirFirstCharacterOnly(String name, String masked) {
        assertThat(ResidentDisclosure.maskName(name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"13800000001,****0001", "+8613800000001,****0001", "138-0000-0001,****0001", "12345,****",
            "0510 8888 1234,****1234", "(0510) 8888-1234,****1234", "1234567,****"})
    void phonesKeepTheirLastFourDigitsOnly(String phone, String masked) {
        assertThat(ResidentDisclosure.maskPhone(phone)).isEqualTo(masked);
    }
}
