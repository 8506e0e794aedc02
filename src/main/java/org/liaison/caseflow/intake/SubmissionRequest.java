package org.liaison.caseflow.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.Phone;
import org.liaison.common.text.FreeText;

@Schema(description = "What a resident writes at a venue or to a deputy. Name and phone are optional and stored "
        + "encrypted; the phone is shown only to the deputy who accepts the case, and only with contactConsent.")
public record SubmissionRequest(
        @NotBlank @Size(max = 40)
        @Schema(description = "Code of an active category (GET /api/public/categories).", example = "ENVIRONMENT")
        String categoryCode,
        @NotBlank @FreeText @PlainText(max = SubmissionRequest.MAX_TEXT, multiline = true)
        @Schema(description = "The message, 1–4000 characters after trimming; plain text, newlines and tabs allowed.",
                example = "小区门口的路灯坏了两个星期，晚上很不安全。")
        String text,
        @PlainText(max = 50)
        @Schema(description = "Optional name, at most 50 characters; never shown on the public timeline.", example = "李女士")
        String name,
        @Phone
        @Schema(description = "Optional mainland mobile, landline or +country number; stored normalised and encrypted.",
                example = "138 0000 0001")
        String phone,
        @Schema(description = "Hide the name from everyone but the accepting deputy. Defaults to false.", example = "false")
        Boolean anonymous,
        @Schema(description = "The resident agrees to be contacted by phone. Without it a phone number is kept but "
                + "never shown to anyone. Defaults to false.", example = "true")
        Boolean contactConsent,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en")
        @Schema(description = "Optional language of the resident's messages (SMS, Web Push): zh-CN or en. "
                + "Absent: the service's default.", example = "zh-CN", nullable = true)
        String language) {

    public static final int MAX_TEXT = 4000;

    /** A submission without a language (the service's default applies to the resident's messages). */
    public SubmissionRequest(String categoryCode, String text, String name, String phone, Boolean anonymous,
                             Boolean contactConsent) {
        this(categoryCode, text, name, phone, anonymous, contactConsent, null);
    }

    /** The submission with texts trimmed, blanks as absent, the phone normalised and the defaults applied. */
    public SubmissionRequest normalized() {
        String cleanName = PlainText.Validator.normalize(name);
        String cleanPhone = phone == null || phone.isBlank() ? null
                : org.liaison.common.PhoneNumber.normalize(phone).orElse(null);
        return new SubmissionRequest(categoryCode.strip(), PlainText.Validator.normalize(text),
                cleanName == null || cleanName.isEmpty() ? null : cleanName, cleanPhone,
                Boolean.TRUE.equals(anonymous), Boolean.TRUE.equals(contactConsent), language);
    }

    @Override
    public String toString() {
        // a request must never put the resident's name, phone or words into a log line
        return "SubmissionRequest[categoryCode=" + categoryCode + ", text=***, name=***, phone=***]";
    }
}
