package org.liaison.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.Phone;

@Schema(description = "The whole department, replacing what is stored; version must be the one last read.")
public record UpdateDepartmentRequest(
        @NotNull @Pattern(regexp = DepartmentMapper.CODE, message = DepartmentMapper.CODE_MESSAGE)
        @Schema(description = "Unique code: an upper-case letter, then 1–39 upper-case letters, digits or _.", example = "URBAN")
        String code,
        @NotBlank @Size(max = 200) @Schema(example = "区城市管理局") String nameZh,
        @Size(max = 200) @Schema(example = "District Urban Management Bureau") String nameEn,
        @Phone @Schema(example = "0510-80000001") String contactPhone,
        @NotNull @Schema(description = "false deactivates the department, true reactivates it.", example = "true") Boolean active,
        @NotNull @Schema(description = "The version this change is based on; a newer stored version answers 409.", example = "0") Long version) {
}
