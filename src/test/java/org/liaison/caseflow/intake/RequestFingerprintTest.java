package org.liaison.caseflow.intake;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

    private static SubmissionRequest request(String category, String text, String name, String phone, Boolean anonymous,
                                             Boolean consent) {
        return new SubmissionRequest(category, text, name, phone, anonymous, consent).normalized();
    }

    private static final SubmissionRequest BASE = request("ENVIRONMENT", "路灯坏了", "李", "13800000001", false, true);

    @Test
    void theSameSubmissionWrittenDifferentlyHasTheSameFingerprint() {
        assertThat(RequestFingerprint.of("s", request(" ENVIRONMENT ", "  路灯坏了\r\n", " 李 ", "138 0000 0001", null, true)))
                .isEqualTo(RequestFingerprint.of("s", BASE));
    }

    @Test
    void anyChangeOfMeaningOrScopeChangesIt() {
        List<String> variants = List.of(
                RequestFingerprint.of("s", BASE),
                RequestFingerprint.of("t", BASE),
                RequestFingerprint.of("s", request("HOUSING", "路灯坏了", "李", "13800000001", false, true)),
                RequestFingerprint.of("s", request("ENVIRONMENT", "路灯坏了!", "李", "13800000001", false, true)),
                RequestFingerprint.of("s", request("ENVIRONMENT", "路灯坏了", null, "13800000001", false, true)),
                RequestFingerprint.of("s", request("ENVIRONMENT", "路灯坏了", "李", null, false, true)),
                RequestFingerprint.of("s", request("ENVIRONMENT", "路灯坏了", "李", "13800000001", true, true)),
                RequestFingerprint.of("s", request("ENVIRONMENT", "路灯坏了", "李", "13800000001", false, false)));

        assertThat(variants).doesNotHaveDuplicates().allSatisfy(hash -> assertThat(hash).hasSize(64));
    }

    @Test
    void valuesCannotBleedIntoEachOther() {
        // "a\nname=b" as a text must not serialise like text "a" followed by a name "b"
        assertThat(RequestFingerprint.of("s", request("C", "a\nname=1:b", null, null, false, false)))
                .isNotEqualTo(RequestFingerprint.of("s", request("C", "a", "b", null, false, false)));
    }
}
