package org.liaison.open311;

import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** One event of a case's public timeline, for the updates feed. */
record UpdateRow(long eventId, String trackingCode, CaseStatus status, String note, boolean notePublic,
                 Instant createdAt, boolean viaOpen311) {
}
