package org.liaison.department;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A government department as administrators see it.")
public record DepartmentView(
        @Schema(example = "1") Long id,
        @Schema(example = "URBAN") String code,
        @Schema(example = "区城市管理局") String nameZh,
        @Schema(example = "District Urban Management Bureau") String nameEn,
        @Schema(example = "0510-80000001") String contactPhone,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back with an update.", example = "0") long version) {
}
