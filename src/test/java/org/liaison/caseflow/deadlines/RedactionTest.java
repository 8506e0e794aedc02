package org.liaison.caseflow.deadlines;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "请联系张三，电话 138 0000 0001|张三|请联系[姓名已删除]，电话 [电话已删除]",
            "电话13800000001，张三|张三|电话[电话已删除]，[姓名已删除]",
            "座机0510-80000001-123转|null|座机[电话已删除]转",
            "+86 138-0000-0001|null|[电话已删除]",
            "2024-11-21 上午到3栋|张三|2024-11-21 上午到3栋",
            "编号 12345678901234 的工单|null|编号 [电话已删除] 的工单",
            "王先生说|王|王先生说",
            "null|张三|null",
            "没有个人信息|李四|没有个人信息"})
    void phoneNumbersAndTheResidentsNameAreReplaced(String text, String name, String expected) {
        assertThat(Redaction.redact(text, name)).isEqualTo(expected);
    }
}
