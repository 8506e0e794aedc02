package org.liaison.notification;

import org.liaison.caseflow.events.CaseEventRecord;
import org.liaison.caseflow.events.CaseFacts;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who hears about which case event. Pure: the outbox asks it for every event and writes a row per planned message
 * and channel. Residents hear only with a phone and consent to be contacted (CaseFacts.residentReachable).
 */
public final class NotificationPlan {

    public static final String RESIDENT_ACCEPTED = "resident.case-accepted";
    public static final String RESIDENT_INFO_REQUESTED = "resident.info-requested";
    public static final String RESIDENT_RESPONDED = "resident.case-responded";
    public static final String RESIDENT_CLOSED = "resident.case-closed";
    public static final String DEPUTY_ASSIGNED = "deputy.case-assigned";
    public static final String DEPUTY_ESCALATED = "deputy.case-escalated";
    public static final String DEPUTY_URGED = "deputy.case-urged";
    public static final String DEPUTY_DEPARTMENT_REPLIED = "deputy.department-replied";
    public static final String DEPARTMENT_REFERRED = "department.case-referred";

    /** Every template key, in the order of a case's life. */
    public static final List<String> KEYS = List.of(RESIDENT_ACCEPTED, RESIDENT_INFO_REQUESTED, RESIDENT_RESPONDED,
            RESIDENT_CLOSED, DEPUTY_ASSIGNED, DEPUTY_ESCALATED, DEPUTY_URGED, DEPUTY_DEPARTMENT_REPLIED, DEPARTMENT_REFERRED);

    /** Events that hand the case to a deputy who must accept it. */
    private static final Set<String> ROUTING = Set.of("ROUTE", "ASSIGN", "DECLINE");

    private NotificationPlan() {
    }

    /** The messages the event calls for, before the per-category choice of templates. */
    public static List<Planned> plan(CaseEventRecord event, CaseFacts facts) {
        List<Planned> planned = new ArrayList<>();
        String type = event.type();
        if (facts.residentReachable()) {
            Planned resident = residentMessage(event);
            if (resident != null) {
                planned.add(resident);
            }
        }
        boolean toDeputy = event.toStatus() == CaseStatus.ASSIGNED && event.deputyId() != null;
        if (toDeputy && ROUTING.contains(type)) {
            planned.add(new Planned(Recipient.DEPUTY, event.deputyId(), DEPUTY_ASSIGNED, false));
        } else if (toDeputy && type.equals("ESCALATE")) {
            planned.add(new Planned(Recipient.DEPUTY, event.deputyId(), DEPUTY_ESCALATED, true));
        }
        Long holder = facts.assignedDeputyId();
        if (holder != null && (type.equals("MARK_OVERDUE") || event.toStatus() == CaseStatus.REOPENED)) {
            planned.add(new Planned(Recipient.DEPUTY, holder, DEPUTY_URGED, true));
        }
        if (holder != null && type.equals("DEPARTMENT_REPLY")) {
            planned.add(new Planned(Recipient.DEPUTY, holder, DEPUTY_DEPARTMENT_REPLIED, false));
        }
        Long department = event.departmentId() != null ? event.departmentId() : facts.departmentId();
        if (type.equals("REFER") && department != null) {
            planned.add(new Planned(Recipient.DEPARTMENT, department, DEPARTMENT_REFERRED, false));
        }
        return planned;
    }

    /**
     * The resident's message about the event, whether or not they can be reached by phone (Web Push asks only that
     * the case holds a subscription); null when the event tells the resident nothing.
     */
    public static Planned residentMessage(CaseEventRecord event) {
        String template = residentTemplate(event);
        return template == null ? null : new Planned(Recipient.RESIDENT, null, template, false);
    }

    private static String residentTemplate(CaseEventRecord event) {
        return switch (event.type()) {
            case "ACCEPT" -> RESIDENT_ACCEPTED;
            case "REQUEST_INFO" -> RESIDENT_INFO_REQUESTED;
            case "RESPOND" -> RESIDENT_RESPONDED;
            // the resident who withdrew knows it already
            case "WITHDRAW" -> null;
            default -> event.closesCase() ? RESIDENT_CLOSED : null;
        };
    }
}
