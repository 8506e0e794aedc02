package org.liaison.caseflow.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.List;
import java.util.function.Consumer;

/**
 * The write side of the case-event port: appends an event in the case's transaction and lets every in-transaction
 * listener record its part. The NOTIFY that wakes every instance's relay when (and only if) the transaction commits
 * is sent by a trigger on case_event, not by one more statement from here. It knows the listeners only by their
 * interface.
 */
@ApplicationScoped
public class CaseEventPublisher {

    private final CaseEventRepository events;
    private final List<CaseEventListener> listeners;

    CaseEventPublisher(CaseEventRepository events, Instance<CaseEventListener> listeners) {
        this.events = events;
        this.listeners = listeners.stream().toList();
    }

    /**
     * Appends the event; {@code facts} describes the case after it. {@code saved} sees the stored event (its id)
     * before any listener runs, so the case can take the id into the same flush as the rest of its change instead
     * of an UPDATE of its own. Must run inside the case's transaction.
     */
    public Uni<CaseEvent> append(CaseEvent event, CaseFacts facts, Consumer<CaseEvent> saved) {
        // persist, not persistAndFlush: the identity insert runs at once, the case's own changes wait for one flush
        return events.persist(event).invoke(saved).call(stored -> {
            CaseEventRecord record = CaseEventRecord.of(stored, facts.trackingCode());
            Uni<Void> chain = Uni.createFrom().voidItem();
            // one after another: the transaction's session takes one statement at a time
            for (CaseEventListener listener : listeners) {
                chain = chain.chain(() -> listener.recorded(record, facts));
            }
            return chain;
        });
    }
}
