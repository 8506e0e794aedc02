package org.liaison.open311;

import java.time.ZoneId;

/**
 * A case as a GeoReport request. The location is the venue's (public), never where the resident stood; the
 * description and notes are shown only for requests created through Open311, whose clients publish them anyway:
 * residents who wrote through the venue pages were promised that only the case's holders read their words.
 * Names, phones and e-mail addresses never appear.
 */
final class RequestMapper {

    private RequestMapper() {
    }

    static Open311Views.ServiceRequest request(RequestRow row, Open311Language language, ZoneId zone) {
        return new Open311Views.ServiceRequest(row.trackingCode(), StatusProjection.status(row.status()),
                StatusProjection.label(row.status(), language),
                language.pick(row.categoryNameZh(), row.categoryNameEn()), row.categoryCode(),
                row.viaOpen311() ? row.text() : null, agency(row, language), null,
                W3cTime.format(row.submittedAt(), zone), W3cTime.format(row.updatedAt(), zone),
                W3cTime.format(row.resolveDueAt(), zone), row.venueAddress(), row.venueCode(), null,
                row.latitude(), row.longitude(), row.mediaUrl());
    }

    static Open311Views.RequestUpdate update(UpdateRow row, Open311Language language, ZoneId zone) {
        String description = row.viaOpen311() && row.notePublic() && row.note() != null
                ? row.note() : StatusProjection.label(row.status(), language);
        return new Open311Views.RequestUpdate(Long.toString(row.eventId()), row.trackingCode(),
                StatusProjection.status(row.status()), W3cTime.format(row.createdAt(), zone), description, null,
                row.status().name());
    }

    /** Who holds the case: the department of an open referral, else the deputy, else the liaison staff's queue. */
    private static String agency(RequestRow row, Open311Language language) {
        if (row.departmentNameZh() != null) {
            return language.pick(row.departmentNameZh(), row.departmentNameEn());
        }
        if (row.deputyName() != null) {
            return row.deputyName();
        }
        return language.pick("人大工作人员", "Liaison staff");
    }
}
