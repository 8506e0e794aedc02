package org.liaison.push;

import org.liaison.caseflow.events.CaseEventLog;
import org.liaison.caseflow.events.CaseEventRecord;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.EventVisibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a stream is for, and so which events it carries: a resident sees the public events of the one case whose
 * secret it holds; a deputy the events of the cases it holds after the event; a department those referred to it.
 * Records, so an audience is also the key of its subscribers in the hub.
 */
public sealed interface Audience {

    boolean sees(CaseEventRecord event);

    /** The metric tag and log name of this kind of stream. */
    String kind();

    /** The case, deputy or department id. */
    long ownerId();

    /** {@link #sees} as the event log reads it, for replays. */
    CaseEventLog.Scope scope();

    record CaseWatcher(long caseId) implements Audience {
        public boolean sees(CaseEventRecord event) {
            return event.caseId() == caseId && event.visibleToResident();
        }

        public String kind() {
            return "resident";
        }

        public long ownerId() {
            return caseId;
        }

        public CaseEventLog.Scope scope() {
            return CaseEventLog.Scope.CASE_PUBLIC;
        }
    }

    record DeputyWatcher(long deputyId) implements Audience {
        public boolean sees(CaseEventRecord event) {
            return event.deputyId() != null && event.deputyId() == deputyId;
        }

        public String kind() {
            return "deputy";
        }

        public long ownerId() {
            return deputyId;
        }

        public CaseEventLog.Scope scope() {
            return CaseEventLog.Scope.DEPUTY;
        }
    }

    /**
     * Events of the cases while referred to the department (and the one that ends the referral), as its REST view
     * shows them (EventVisibility): a department's only actions on such a case are its own.
     */
    record DepartmentWatcher(long departmentId) implements Audience {
        public boolean sees(CaseEventRecord event) {
            return event.departmentId() != null && event.departmentId() == departmentId
                    && EventVisibility.departmentSeesEvent(event.visibleToResident(), byItself(event));
        }

        /** Whether the department may read the event's note. */
        boolean seesNote(CaseEventRecord event) {
            return EventVisibility.departmentSeesNote(event.type(), event.noteVisibleToResident(), event.actor(),
                    byItself(event), true);
        }

        private static boolean byItself(CaseEventRecord event) {
            return event.actor() == ActorKind.DEPARTMENT;
        }

        public String kind() {
            return "department";
        }

        public long ownerId() {
            return departmentId;
        }

        public CaseEventLog.Scope scope() {
            return CaseEventLog.Scope.DEPARTMENT;
        }
    }

    /** Every audience that sees the event: the hub looks up only these, however many streams are open. */
    static List<Audience> of(CaseEventRecord event) {
        List<Audience> audiences = new ArrayList<>(3);
        if (event.visibleToResident()) {
            audiences.add(new CaseWatcher(event.caseId()));
        }
        if (event.deputyId() != null) {
            audiences.add(new DeputyWatcher(event.deputyId()));
        }
        if (event.departmentId() != null && new DepartmentWatcher(event.departmentId()).sees(event)) {
            audiences.add(new DepartmentWatcher(event.departmentId()));
        }
        return audiences;
    }
}
