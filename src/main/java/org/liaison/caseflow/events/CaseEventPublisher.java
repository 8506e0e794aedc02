package org.liaison.caseflow.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.List;

/**
 * The write side of the case-event port: appends an event in the case's transaction, lets every in-transaction
 * listener record its part, and queues the NOTIFY that wakes every instance's relay when (and only if) the
 * transaction commits. It knows the listeners only by their interface.
 */
@ApplicationScoped
public class CaseEventPublisher {

    private final CaseEventRepository events;
    private final CaseEventNotifier notifier;
    private final List<CaseEventListener> listeners;

    CaseEventPublisher(CaseEventRepository events, CaseEventNotifier notifier, Instance<CaseEventListener> listeners) {
        this.events = events;
        this.notifier = notifier;
        this.listeners = listeners.stream().toList();
    }

    /** Appends the event; {@code facts} describes the case after it. Must run inside the case's transaction. */
    public Uni<CaseEvent> append(CaseEvent event, CaseFacts facts) {
        return events.persistAndFlush(event).call(saved -> {
            CaseEventRecord record = CaseEventRecord.of(saved, facts.trackingCode());
            Uni<Void> chain = Uni.createFrom().voidItem();
            // one after another: the transaction's session takes one statement at a time
            for (CaseEventListener listener : listeners) {
                chain = chain.chain(() -> listener.recorded(record, facts));
            }
            return chain.chain(() -> notifier.notifyCommitted(saved.id));
        });
    }
}
