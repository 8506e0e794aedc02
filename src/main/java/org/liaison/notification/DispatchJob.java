package org.liaison.notification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a dispatcher round every liaison.notify.dispatch-every on each instance ("off" in tests, which drive
 * {@link NotificationDispatcher} themselves); the leases and SKIP LOCKED share the outbox between instances.
 */
@ApplicationScoped
public class DispatchJob {

    private final NotificationDispatcher dispatcher;

    DispatchJob(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(identity = "notification-dispatch", every = "{liaison.notify.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> dispatch() {
        return dispatcher.dispatchDue().replaceWithVoid();
    }
}
