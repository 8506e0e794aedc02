package org.liaison.bulk;

import jakarta.validation.Validator;
import org.liaison.venue.CreateVenueRequest;
import org.liaison.venue.VenueKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One venue as a spreadsheet row states it; {@code row} is 0 for the stored state it is compared with. */
record VenueRow(int row, String code, VenueKind kind, String parentCode, String name, String region, String address,
                Double latitude, Double longitude, String openingHours, boolean active) {

    private static final Map<String, VenueKind> KIND_WORDS = Map.of(
            "代表之家", VenueKind.HOME, "之家", VenueKind.HOME, "家", VenueKind.HOME,
            "代表联络站", VenueKind.STATION, "联络站", VenueKind.STATION, "站", VenueKind.STATION,
            "代表联系点", VenueKind.POINT, "联系点", VenueKind.POINT, "点", VenueKind.POINT);
    private static final Map<String, String> COLUMNS = Map.of("name", "name", "region", "region", "address", "address",
            "latitude", "latitude", "longitude", "longitude", "openingHours", "opening_hours", "externalCode", "code",
            "kind", "kind");

    /** The same venue without its row number, to compare what a file says with what is stored. */
    VenueRow state() {
        return new VenueRow(0, code, kind, parentCode, name, region, address, latitude, longitude, openingHours, active);
    }

    static VenueRow read(Sheet.Row row, Validator validator, List<RowError> errors) {
        int before = errors.size();
        Cells cells = new Cells(row, errors);
        String code = cells.required("code");
        VenueKind kind = cells.choice("kind", VenueRow::kind, "must be HOME, STATION or POINT (代表之家, 代表联络站, 代表联系点)",
                "须为代表之家、代表联络站或代表联系点（HOME/STATION/POINT）");
        if (kind == null && row.get("kind") == null) {
            cells.required("kind");
        }
        VenueRow venue = new VenueRow(row.number(), code, kind, cells.text("parent_code"), cells.text("name"),
                cells.text("region"), cells.text("address"), cells.decimal("latitude"), cells.decimal("longitude"),
                cells.text("opening_hours"), cells.active());
        RequestChecks.check(validator, new CreateVenueRequest(kind == null ? VenueKind.HOME : kind, null, venue.name,
                venue.region, venue.address, venue.latitude, venue.longitude, venue.openingHours, code), COLUMNS, cells);
        return errors.size() == before ? venue : null;
    }

    private static Optional<VenueKind> kind(String value) {
        try {
            return Optional.of(VenueKind.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.ofNullable(KIND_WORDS.get(value));
        }
    }
}
