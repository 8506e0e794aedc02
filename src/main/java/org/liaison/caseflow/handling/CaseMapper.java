package org.liaison.caseflow.handling;

import org.liaison.caseflow.events.CaseEvent;
import org.liaison.caseflow.Referral;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.EventVisibility;
import org.liaison.category.Category;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cases and their parts to API views. The reader's share of personal data is decided before, by ResidentDisclosure;
 * a department's share of the history here, by EventVisibility (the same rules its stream follows).
 */
final class CaseMapper {

    private static final int EXCERPT_LENGTH = 120;

    private CaseMapper() {
    }

    /** Names looked up for a view: category, venue, deputy and departments (by id). */
    record Names(Category category, String venueName, String deputyName, Map<Long, String> departments) {
    }

    /**
     * The view for this reader. A department gets its own referral and the public timeline: no rating comment,
     * nothing of another department's referral (EventVisibility decides, as for its stream).
     */
    static CaseView toView(ResidentCase c, Names names, ResidentContact resident, List<Referral> referrals,
                           List<CaseEvent> events, List<CaseAction> allowed, Actor reader) {
        Long department = reader.kind() == ActorKind.DEPARTMENT ? reader.id() : null;
        Long openReferral = department == null || Objects.equals(c.departmentId, department) ? c.departmentId : null;
        return new CaseView(c.id, c.trackingCode, c.status, c.version, c.lastEventId,
                c.categoryId, names.category().code, names.category().nameZh, c.venueId, names.venueName(), c.text,
                c.assignedDeputyId, names.deputyName(), c.snapshot().heldByAdministrators(),
                c.routingRule, c.routingReasonZh, c.routingReasonEn,
                c.acceptDueAt, c.resolveDueAt, c.rateDueAt, c.pausedAt,
                c.overdue, c.supervised, c.reopenCount,
                c.submittedAt, c.acceptedAt, c.respondedAt, c.closedAt, c.closedAs, c.rating,
                department == null ? c.ratingComment : null,
                resident, openReferral, openReferral == null ? null : names.departments().get(openReferral),
                referrals.stream().filter(r -> department == null || r.departmentId.equals(department))
                        .map(r -> toView(r, names.departments().get(r.departmentId))).toList(),
                events.stream().map(e -> department == null ? toEntry(e) : forDepartment(e, department))
                        .filter(Objects::nonNull).toList(),
                allowed);
    }

    /** The entry as the department may read it, or null when it may not see the event. */
    private static TimelineEntry forDepartment(CaseEvent e, long department) {
        boolean byThisDepartment = e.actorRole == ActorKind.DEPARTMENT && Objects.equals(e.actorId, department);
        if (!EventVisibility.departmentSeesEvent(e.visibleToResident, byThisDepartment)) {
            return null;
        }
        boolean note = EventVisibility.departmentSeesNote(e.type, e.noteVisibleToResident, e.actorRole, byThisDepartment,
                Objects.equals(e.departmentId, department));
        Long actorId = e.actorRole == ActorKind.DEPARTMENT && !byThisDepartment ? null : e.actorId;
        return new TimelineEntry(e.id, e.type, e.fromStatus, e.toStatus, e.actorRole, actorId, note ? e.note : null,
                e.visibleToResident, e.noteVisibleToResident, e.createdAt);
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
