package org.liaison.caseflow.handling;

import org.liaison.caseflow.events.CaseEvent;
import org.liaison.caseflow.Referral;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.category.Category;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Cases and their parts to API views. The reader's share of personal data is decided before, by ResidentDisclosure. */
final class CaseMapper {

    private static final int EXCERPT_LENGTH = 120;

    private CaseMapper() {
    }

    /** Names looked up for a view: category, venue, deputy and departments (by id). */
    record Names(Category category, String venueName, String deputyName, Map<Long, String> departments) {
    }

    static CaseView toView(ResidentCase c, Names names, ResidentContact resident, List<Referral> referrals,
                           List<CaseEvent> events, List<CaseAction> allowed) {
        return new CaseView(c.id, c.trackingCode, c.status, c.version, c.lastEventId,
                c.categoryId, names.category().code, names.category().nameZh, c.venueId, names.venueName(), c.text,
                c.assignedDeputyId, names.deputyName(), c.snapshot().heldByAdministrators(),
                c.routingRule, c.routingReasonZh, c.routingReasonEn,
                c.acceptDueAt, c.resolveDueAt, c.rateDueAt, c.pausedAt,
                c.overdue, c.supervised, c.reopenCount,
                c.submittedAt, c.acceptedAt, c.respondedAt, c.closedAt, c.closedAs, c.rating, c.ratingComment,
                resident, c.departmentId, c.departmentId == null ? null : names.departments().get(c.departmentId),
                referrals.stream().map(r -> toView(r, names.departments().get(r.departmentId))).toList(),
                events.stream().map(CaseMapper::toEntry).toList(),
                allowed);
    }

    static CaseSummary toSummary(ResidentCase c, Category category, String venueName, Instant changedAt) {
        return new CaseSummary(c.id, c.trackingCode, c.status,
                category == null ? null : category.code, category == null ? null : category.nameZh,
                c.venueId, venueName, excerpt(c.text), c.assignedDeputyId, c.departmentId, c.submittedAt,
                c.acceptDueAt, c.resolveDueAt, c.overdue, c.supervised, c.lastEventId, changedAt);
    }

    static ReferralView toView(Referral r, String departmentName) {
        return new ReferralView(r.id, r.departmentId, departmentName, r.note, r.reply, r.openedAt, r.repliedAt, r.closedAt);
    }

    static TimelineEntry toEntry(CaseEvent e) {
        return new TimelineEntry(e.id, e.type, e.fromStatus, e.toStatus, e.actorRole, e.actorId, e.note,
                e.visibleToResident, e.noteVisibleToResident, e.createdAt);
    }

    private static String excerpt(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= EXCERPT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…";
    }
}
