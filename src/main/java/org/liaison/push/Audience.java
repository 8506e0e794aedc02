package org.liaison.push;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a stream is for, and so which events it carries: a resident sees the public events of the one case whose
 * secret it holds; a deputy the events of the cases it holds after the event; a department those referred to it.
 * Records, so an audience is also the key of its subscribers in the hub.
 */
public sealed interface Audience {

    boolean sees(PushEvent event);

    /** The metric tag and log name of this kind of stream. */
    String kind();

    /** The case, deputy or department id. */
    long ownerId();

    /** {@link #sees} in SQL over case_event e, with the owner id as $1. */
    String condition();

    record CaseWatcher(long caseId) implements Audience {
        public boolean sees(PushEvent event) {
            return event.caseId() == caseId && event.visibleToResident();
        }

        public String kind() {
            return "resident";
        }

        public long ownerId() {
            return caseId;
        }

        public String condition() {
            return "e.case_id = $1 and e.public";
        }
    }

    record DeputyWatcher(long deputyId) implements Audience {
        public boolean sees(PushEvent event) {
            return event.deputyId() != null && event.deputyId() == deputyId;
        }

        public String kind() {
            return "deputy";
        }

        public long ownerId() {
            return deputyId;
        }

        public String condition() {
            return "e.deputy_id = $1";
        }
    }

    record DepartmentWatcher(long departmentId) implements Audience {
        public boolean sees(PushEvent event) {
            return event.departmentId() != null && event.departmentId() == departmentId;
        }

        public String kind() {
            return "department";
        }

        public long ownerId() {
            return departmentId;
        }

        public String condition() {
            return "e.department_id = $1";
        }
    }

    /** Every audience that sees the event: the hub looks up only these, however many streams are open. */
    static List<Audience> of(PushEvent event) {
        List<Audience> audiences = new ArrayList<>(3);
        if (event.visibleToResident()) {
            audiences.add(new CaseWatcher(event.caseId()));
        }
        if (event.deputyId() != null) {
            audiences.add(new DeputyWatcher(event.deputyId()));
        }
        if (event.departmentId() != null) {
            audiences.add(new DepartmentWatcher(event.departmentId()));
        }
        return audiences;
    }
}
