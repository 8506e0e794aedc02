package org.liaison.caseflow.tracking;

import org.liaison.caseflow.intake.PlainText;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.text.FreeText;

@Schema(description = "A follow-up from the resident; while the case awaits information, it is the answer.")
public record MessageRequest(
        @NotBlank @FreeText @PlainText(max = 2000, multiline = true)
        @Schema(description = "1–2000 characters after trimming; plain text, newlines and tabs allowed.",
                example = "路灯在 3 号楼和 5 号楼之间。")
        String text) {

    @Override
    public String toString() {
        return "MessageRequest[text=***]";
    }
}
