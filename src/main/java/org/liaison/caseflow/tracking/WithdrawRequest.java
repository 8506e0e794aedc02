package org.liaison.caseflow.tracking;

import org.liaison.caseflow.intake.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.text.FreeText;

@Schema(description = "Withdrawing a case; the body itself may be left out.")
public record WithdrawRequest(
        @FreeText @PlainText(max = 1000, multiline = true)
        @Schema(description = "Optional reason, at most 1000 characters.", example = "问题已经自行解决。")
        String reason) {

    @Override
    public String toString() {
        return "WithdrawRequest[reason=***]";
    }
}
