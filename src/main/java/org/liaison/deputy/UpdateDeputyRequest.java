package org.liaison.deputy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.Phone;

import java.util.List;
import org.liaison.common.text.FreeText;

@Schema(description = "The whole deputy, replacing what is stored; version must be the one last read.")
public record UpdateDeputyRequest(
        @NotBlank @Size(max = 100) @Schema(example = "王丽") String name,
        @NotNull @Pattern(regexp = DeputyRequests.LEVEL, message = DeputyRequests.LEVEL_MESSAGE)
        @Schema(enumeration = {"NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "TOWNSHIP", "STREET"}, example = "MUNICIPAL")
        String level,
        @Size(max = 200) @Schema(example = "梁溪区第三选区") String constituency,
        @Size(max = 200) @Schema(example = "社区卫生服务中心主任") String title,
        @FreeText @Size(max = 2000) @Schema(example = "长期关注社区医疗和养老服务。") String biography,
        @Size(max = 500) @Pattern(regexp = DeputyRequests.URL, flags = Pattern.Flag.CASE_INSENSITIVE, message = DeputyRequests.URL_MESSAGE)
        @Schema(example = "https://example.org/photos/wang-li.jpg") String photoUrl,
        @Phone @Schema(description = "Private; stored normalised (see PhoneNumber).", example = "13800000001") String phone,
        @Size(max = DeputyRequests.MAX_TOPICS)
        @Schema(description = "Category codes or words the deputy focuses on; at most 20, each 1–40 characters without commas.",
                example = "[\"HOUSING\", \"养老\"]")
        List<@NotBlank @Size(max = DeputyRequests.MAX_TOPIC_LENGTH) @Pattern(regexp = DeputyRequests.TOPIC, message = DeputyRequests.TOPIC_MESSAGE) String> topics,
        @NotNull @Schema(description = "false deactivates the deputy, true reactivates it.", example = "true") Boolean active,
        @NotNull @Schema(description = "The version this change is based on; a newer stored version answers 409.", example = "0") Long version,
        @Size(max = 64) @Pattern(regexp = "[^\\s,，]*", message = "must not contain spaces or commas")
        @Schema(description = "The administration's own number for it, unique; spreadsheet imports match on it. Absent keeps the stored one, blank clears it.",
                example = "LX-D-0007")
        String externalCode) {
}
