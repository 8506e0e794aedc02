package org.liaison.open311;

import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** What the listings read of a case and its surroundings, before it becomes a GeoReport request. */
record RequestRow(String trackingCode, CaseStatus status, String text, Instant submittedAt, Instant updatedAt,
                  Instant resolveDueAt, String categoryCode, String categoryNameZh, String categoryNameEn,
                  String venueAddress, Double latitude, Double longitude, String venueCode, String deputyName,
                  String departmentNameZh, String departmentNameEn, boolean viaOpen311, String mediaUrl) {
}
