package org.liaison.caseflow.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes every instance's relay about a new case event. NOTIFY is transactional: PostgreSQL delivers it only when
 * the transaction that appended the event commits, so nobody is ever told about an event that could still roll back.
 */
@ApplicationScoped
class CaseEventNotifier {

    /** The channel every instance listens on; the payload is the event id. */
    static final String CHANNEL = "case_events";

    /** Queues the notification in the current Hibernate Reactive transaction. */
    Uni<Void> notifyCommitted(long eventId) {
        return Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select 1 from pg_notify('" + CHANNEL + "', :id)")
                        .setParameter("id", String.valueOf(eventId))
                        .getSingleResult())
                .replaceWithVoid();
    }
}
