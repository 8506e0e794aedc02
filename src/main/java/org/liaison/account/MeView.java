package org.liaison.account;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.department.DepartmentView;
import org.liaison.deputy.DeputyView;
import org.liaison.duty.DutyRule;
import org.liaison.venue.VenueKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(description = "Who the token belongs to: enough for an app to start without administrator rights.")
public record MeView(
        @Schema(example = "2") long accountId,
        @Schema(example = "deputy1") String username,
        @Schema(enumeration = {"admin", "deputy", "department"}, example = "deputy") String role,
        @Schema(description = "For a deputy account: its profile and where and when it serves; null otherwise.", nullable = true)
        DeputyProfile deputy,
        @Schema(description = "For a department account: the department, with its contact; null otherwise.", nullable = true)
        DepartmentView department) {

    @Schema(description = "A deputy's own profile and duties.")
    public record DeputyProfile(
            DeputyView profile,
            @Schema(description = "Today in the service's time zone.", example = "2026-12-15") LocalDate today,
            @Schema(description = "The venues where the deputy receives residents today; empty when none.")
            List<ServedVenue> onDutyToday,
            @Schema(description = "The active venues the deputy serves, by name.") List<ServedVenue> venues) {
    }

    @Schema(description = "A venue the deputy serves, its duty rule and its coming contact days.")
    public record ServedVenue(
            @Schema(example = "4") long venueId,
            @Schema(example = "崇安寺街道人大代表联络站") String venueName,
            @Schema(example = "STATION") VenueKind venueKind,
            @Schema(example = "无锡市梁溪区中山路 1 号") String address,
            @Schema(example = "1") long dutyId,
            DutyRule rule,
            @Schema(example = "每月第三个星期二 09:00–17:00") String ruleZh,
            @Schema(example = "Third Tuesday of every month 09:00–17:00") String ruleEn,
            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "09:00", nullable = true) LocalTime startsAt,
            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "17:00", nullable = true) LocalTime endsAt,
            @Schema(description = "Today is a contact day of this duty.") boolean onDutyToday,
            @Schema(description = "The next contact days on or after today, at most " + MeService.NEXT_CONTACT_DAYS + ".",
                    example = "[\"2026-12-15\", \"2027-01-19\", \"2027-02-16\"]") List<LocalDate> nextContactDays) {
    }
}
