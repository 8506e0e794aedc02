package org.liaison.scan;

import org.liaison.venue.VenueKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.deputy.DeputyPublicView;
import org.liaison.duty.VenueSchedule;

import java.util.List;

@Schema(description = "What a resident sees after scanning a venue's QR code: the venue, the deputies who serve it "
        + "and when they receive residents. Public information only: never a phone number.")
public record PublicVenueView(
        @Schema(description = "The venue's public code, as printed.", example = "7K4MQ9XTB") String code,
        @Schema(description = "The code grouped for reading aloud.", example = "7K4M-Q9XT-B") String displayCode,
        @Schema(example = "健康社区人大代表联系点") String name,
        VenueKind kind,
        @Schema(example = "梁溪区") String region,
        @Schema(example = "无锡市梁溪区健康路 12 号社区服务中心") String address,
        @Schema(nullable = true, example = "31.5801") Double latitude,
        @Schema(nullable = true, example = "120.2968") Double longitude,
        @Schema(nullable = true, example = "每月第三个星期二 9:00-11:30") String openingHours,
        @Schema(description = "The venues above this one, nearest first (a point's station, then its home).")
        List<ParentVenue> parents,
        @Schema(description = "Deputies serving this venue, with their contact days.")
        List<ServingDeputy> deputies,
        @Schema(description = "Today's and the next contact day's deputies.") VenueSchedule schedule) {

    @Schema(name = "ParentVenue")
    public record ParentVenue(@Schema(example = "崇安寺街道人大代表联络站") String name, VenueKind kind) {
    }

    @Schema(name = "ServingDeputy", description = "A deputy and its contact days at this venue.")
    public record ServingDeputy(
            DeputyPublicView deputy,
            @Schema(example = "每月第三个星期二 09:00–11:30") String contactDaysZh,
            @Schema(example = "Third Tuesday of every month 09:00–11:30") String contactDaysEn) {
    }
}
