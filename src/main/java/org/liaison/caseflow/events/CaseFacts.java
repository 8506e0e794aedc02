package org.liaison.caseflow.events;

import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.lifecycle.ClosedAs;
import org.liaison.caseflow.lifecycle.Rating;

import java.time.Instant;

/**
 * The case as it stands right after an event, without anything the resident wrote or who the resident is: what
 * an in-transaction listener may count or act on. {@code residentReachable} says a phone was given with consent
 * to be contacted (the number itself stays in the case).
 */
public record CaseFacts(long caseId, String trackingCode, long venueId, long categoryId, Long personalDeputyId,
                        CaseStatus status, Long assignedDeputyId, Long departmentId, Instant submittedAt,
                        Instant acceptedAt, Instant respondedAt, Instant closedAt, ClosedAs closedAs, Rating rating,
                        Instant acceptDueAt, Instant resolveDueAt, boolean overdue, boolean supervised, int reopenCount,
                        boolean residentReachable) {
}
