package org.liaison.venue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A liaison venue as administrators see it.")
public record VenueView(
        @Schema(example = "4") Long id,
        @Schema(example = "POINT") VenueKind kind,
        @Schema(description = "The venue it belongs to; null for a HOME.", example = "2") Long parentId,
        @Schema(example = "健康社区人大代表联系点") String name,
        @Schema(example = "梁溪区") String region,
        @Schema(example = "无锡市梁溪区健康路 12 号社区服务中心") String address,
        @Schema(example = "31.5801") Double latitude,
        @Schema(example = "120.2968") Double longitude,
        @Schema(example = "每月第三个星期二 9:00-11:30") String openingHours,
        @Schema(description = "Inactive venues keep their history but take no new cases.", example = "true") boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back with an update.", example = "0") long version,
        @Schema(description = "The administration's own number for the venue, if registered.", example = "LX-0042") String externalCode) {
}
