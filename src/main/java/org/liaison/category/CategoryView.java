package org.liaison.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A category as administrators see it.")
public record CategoryView(
        @Schema(example = "1") Long id,
        @Schema(example = "ENVIRONMENT") String code,
        @Schema(example = "环境卫生") String nameZh,
        @Schema(example = "Environment and sanitation") String nameEn,
        @Schema(example = "1") Long defaultDepartmentId,
        @Schema(example = "24") int acceptHours,
        @Schema(example = "240") int resolveHours,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back with an update.", example = "0") long version) {
}
