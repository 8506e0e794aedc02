package org.liaison.caseflow.tracking;

import org.liaison.caseflow.intake.PlainText;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.common.text.FreeText;

@Schema(description = "The resident's verdict on the response. UNSATISFIED reopens the case, up to the reopen cap.")
public record RatingRequest(
        @NotNull @Schema(example = "SATISFIED") Rating rating,
        @FreeText @PlainText(max = 1000, multiline = true)
        @Schema(description = "Optional comment, at most 1000 characters.", example = "处理很及时，谢谢。")
        String comment) {

    @Override
    public String toString() {
        return "RatingRequest[rating=" + rating + ", comment=***]";
    }
}
