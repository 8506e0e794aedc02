package org.liaison.bulk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Map;

/**
 * Checks a row with the same Bean Validation constraints as the API's own request (lengths, ranges, phone,
 * paired coordinates), so a spreadsheet and the API can never disagree on what is valid; each violation
 * becomes an error on the column it came from, in English and Chinese.
 */
final class RequestChecks {

    private RequestChecks() {
    }

    static <T> void check(Validator validator, T request, Map<String, String> columnOfProperty, Cells cells) {
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            String property = violation.getPropertyPath().toString().replaceAll("\\[\\d+]", "").replaceAll("<.*>", "");
            String column = columnOfProperty.getOrDefault(property.split("\\.")[0], property);
            // the cell as the clerk typed it (91, not 91.0)
            cells.error(column, null, violation.getMessage(), chinese(violation));
        }
    }

    private static String chinese(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> "不能为空";
            case "Size" -> "长度须在 " + attributes.get("min") + " 到 " + attributes.get("max") + " 之间";
            case "DecimalMin", "DecimalMax", "Min", "Max" -> "超出允许的范围";
            case "Phone" -> "不是有效的电话号码";
            case "PairedCoordinates" -> "纬度和经度须同时填写";
            case "Pattern" -> "格式不正确";
            default -> "无效";
        };
    }
}
