package org.liaison.venue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.common.text.FreeText;

@PairedCoordinates
@Schema(description = "A new liaison venue. A HOME has no parent; a STATION goes under a HOME, a POINT under a STATION.")
public record CreateVenueRequest(
        @NotNull @Schema(description = "HOME (代表之家), STATION (代表联络站) or POINT (代表联系点).", example = "POINT")
        VenueKind kind,
        @Schema(description = "The active venue it belongs to: a HOME for a STATION, a STATION for a POINT; none for a HOME.",
                example = "2")
        Long parentId,
        @NotBlank @Size(max = 200) @Schema(example = "健康社区人大代表联系点")
        String name,
        @NotBlank @Size(max = 100) @Schema(description = "District or county.", example = "梁溪区")
        String region,
        @NotBlank @Size(max = 500) @Schema(example = "无锡市梁溪区健康路 12 号社区服务中心")
        String address,
        @DecimalMin("-90") @DecimalMax("90") @Schema(description = "WGS-84, given together with longitude.", example = "31.5801")
        Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(description = "WGS-84, given together with latitude.", example = "120.2968")
        Double longitude,
        @FreeText @Size(max = 500) @Schema(description = "Opening hours as residents read them.", example = "每月第三个星期二 9:00-11:30")
        String openingHours,
        @Size(max = 64) @Pattern(regexp = "[^\\s,，]*", message = "must not contain spaces or commas")
        @Schema(description = "The administration's own number for it, unique; spreadsheet imports match on it. Optional.",
                example = "LX-0042")
        String externalCode) implements PairedCoordinates.Located {
}
