package org.liaison.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new category of residents' messages, with its default department and deadlines.")
public record CreateCategoryRequest(
        @NotNull @Pattern(regexp = CategoryMapper.CODE, message = CategoryMapper.CODE_MESSAGE)
        @Schema(description = "Unique code: an upper-case letter, then 1–39 upper-case letters, digits or _.", example = "ENVIRONMENT")
        String code,
        @NotBlank @Size(max = 200) @Schema(example = "环境卫生") String nameZh,
        @NotBlank @Size(max = 200) @Schema(example = "Environment and sanitation") String nameEn,
        @Schema(description = "An existing, active department that cases of this category usually go to.", example = "1")
        Long defaultDepartmentId,
        @NotNull @Min(1) @Max(720) @Schema(description = "Hours a deputy has to accept a case.", example = "24")
        Integer acceptHours,
        @NotNull @Min(1) @Max(8760) @Schema(description = "Hours until a case must be resolved; at least acceptHours.", example = "240")
        Integer resolveHours,
        @Schema(description = "Defaults to true.", example = "true") Boolean active) {
}
