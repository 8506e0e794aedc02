package org.liaison.caseflow.tracking;

import org.liaison.caseflow.events.CaseEvent;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.category.Category;
import org.liaison.department.Department;
import org.liaison.deputy.Deputy;
import org.liaison.venue.Venue;

import java.util.List;

/**
 * The resident's view of a case. Only what the resident may see passes: events meant for the timeline, notes
 * addressed to the resident, actor kinds without ids, holders by display name. No name or phone of anyone.
 */
final class ResidentCaseMapper {

    static final ResidentCaseView.Holder STAFF = new ResidentCaseView.Holder("STAFF", "人大工作人员", "liaison staff");

    private ResidentCaseMapper() {
    }

    static ResidentCaseView toView(ResidentCase c, Category category, Venue venue, ResidentCaseView.Holder holder,
                                   List<CaseEvent> events, List<CaseAction> allowedActions) {
        return new ResidentCaseView(c.trackingCode, CaseCodes.display(c.trackingCode), c.status,
                new ResidentCaseView.CategoryRef(category.code, category.nameZh, category.nameEn),
                venue.name, c.text, holder, c.acceptDueAt, c.resolveDueAt, c.supervised, c.rating, c.closedAs,
                c.submittedAt, allowedActions, events.stream().filter(e -> e.visibleToResident)
                .map(ResidentCaseMapper::entry).toList());
    }

    static ResidentCaseView.Holder deputy(Deputy deputy) {
        return deputy == null ? STAFF : new ResidentCaseView.Holder("DEPUTY", deputy.name, deputy.name);
    }

    static ResidentCaseView.Holder department(Department department) {
        return department == null ? STAFF : new ResidentCaseView.Holder("DEPARTMENT", department.nameZh,
                department.nameEn == null ? department.nameZh : department.nameEn);
    }

    private static ResidentCaseView.TimelineEntry entry(CaseEvent event) {
        return new ResidentCaseView.TimelineEntry(event.id, event.type, event.createdAt, event.fromStatus, event.toStatus,
                event.noteVisibleToResident ? event.note : null, event.actorRole);
    }
}
