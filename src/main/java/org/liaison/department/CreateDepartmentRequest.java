package org.liaison.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.Phone;

@Schema(description = "A new government department that deputies can refer cases to.")
public record CreateDepartmentRequest(
        @NotNull @Pattern(regexp = DepartmentMapper.CODE, message = DepartmentMapper.CODE_MESSAGE)
        @Schema(description = "Unique code: an upper-case letter, then 1–39 upper-case letters, digits or _.", example = "URBAN")
        String code,
        @NotBlank @Size(max = 200) @Schema(example = "区城市管理局") String nameZh,
        @Size(max = 200) @Schema(example = "District Urban Management Bureau") String nameEn,
        @Phone @Schema(example = "0510-80000001") String contactPhone,
        @Schema(description = "Defaults to true.", example = "true") Boolean active) {
}
