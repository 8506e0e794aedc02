package org.liaison.venue;

/** Between venue requests, the entity and its view. Text is trimmed; blank opening hours mean none. */
final class VenueMapper {

    private VenueMapper() {
    }

    static Venue newVenue(CreateVenueRequest request) {
        Venue venue = new Venue();
        venue.kind = request.kind();
        venue.parentId = request.parentId();
        venue.name = request.name().trim();
        venue.region = request.region().trim();
        venue.address = request.address().trim();
        venue.latitude = request.latitude();
        venue.longitude = request.longitude();
        venue.openingHours = blankToNull(request.openingHours());
        venue.active = true;
        venue.externalCode = blankToNull(request.externalCode());
        return venue;
    }

    static void apply(UpdateVenueRequest request, Venue venue) {
        venue.kind = request.kind();
        venue.parentId = request.parentId();
        venue.name = request.name().trim();
        venue.region = request.region().trim();
        venue.address = request.address().trim();
        venue.latitude = request.latitude();
        venue.longitude = request.longitude();
        venue.openingHours = blankToNull(request.openingHours());
        venue.active = request.active();
        if (request.externalCode() != null) {
            // absent keeps the stored code, so a client that does not know the field cannot wipe it; blank clears it
            venue.externalCode = blankToNull(request.externalCode());
        }
    }

    static VenueView toView(Venue venue) {
        return new VenueView(venue.id, venue.kind, venue.parentId, venue.name, venue.region, venue.address,
                venue.latitude, venue.longitude, venue.openingHours, venue.active, venue.createdAt, venue.updatedAt,
                venue.version, venue.externalCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
