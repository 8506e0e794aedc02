package org.liaison.caseflow.handling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.text.FreeText;

/** The small bodies of the case actions. Texts are plain text; their limits match the columns they land in. */
public final class WorkRequests {

    private WorkRequests() {
    }

    @Schema(name = "ReasonRequest", description = "Why the case is declined or rejected.")
    public record Reason(
            @FreeText @NotBlank @Size(max = 1000) @Schema(example = "本人近期出差，无法及时办理", required = true) String reason) {
    }

    @Schema(name = "QuestionRequest", description = "What the resident is asked to add.")
    public record Question(
            @FreeText @NotBlank @Size(max = 2000) @Schema(example = "请补充具体位置（门牌号）", required = true) String question) {
    }

    @Schema(name = "ReferRequest", description = "The department the case is referred to, and a note for it.")
    public record Refer(
            @NotNull @Schema(description = "An active department.", example = "1", required = true) Long departmentId,
            @FreeText @Size(max = 2000) @Schema(example = "请核实小区垃圾清运情况") String note) {
    }

    @Schema(name = "NoteRequest", description = "An optional note.")
    public record Note(
            @FreeText @Size(max = 2000) @Schema(example = "部门迟迟未答复，收回自办") String note) {
    }

    @Schema(name = "ReplyRequest", description = "The answer: the deputy's to the resident, or the department's to the deputy.")
    public record Reply(
            @FreeText @NotBlank @Size(max = 4000) @Schema(example = "已协调环卫所每日清运两次", required = true) String reply) {
    }

    @Schema(name = "MessageRequest", description = "A message on the case thread.")
    public record Message(
            @FreeText @NotBlank @Size(max = 4000) @Schema(example = "已到现场查看", required = true) String text) {
    }

    @Schema(name = "AssignRequest", description = "The deputy to hand the case to; null moves it to the administrators' queue.")
    public record Assign(
            @Schema(description = "An active deputy, or null for the administrators' queue.", example = "3") Long deputyId,
            @FreeText @Size(max = 2000) @Schema(example = "该代表熟悉此片区") String note) {
    }

    @Schema(name = "SupervisionRequest", description = "An administrator's note to the holder: supervision (督办) or urging (催办).")
    public record Supervision(
            @NotBlank @Size(max = 2000) @Schema(example = "请于三日内答复群众", required = true) String note) {
    }
}
