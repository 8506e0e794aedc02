package org.liaison.push;

import org.liaison.caseflow.events.CaseEventRecord;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * The live events of one stream, from the moment it registers: a bounded queue between the listener, which must
 * never wait for a client, and the client's connection, which may be slow or dead. When the queue is full the
 * feed fails at once (the backlog is dropped), the stream ends and the client resumes with Last-Event-ID.
 */
final class LiveFeed {

    private final Audience audience;
    private final int capacity;
    private final ArrayBlockingQueue<CaseEventRecord> queue;
    private final UnicastProcessor<CaseEventRecord> processor;
    private volatile boolean overflowed;

    LiveFeed(Audience audience, int capacity, Runnable onTermination) {
        this.audience = audience;
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.processor = UnicastProcessor.create(queue, onTermination);
    }

    Audience audience() {
        return audience;
    }

    /** Hands the event to the stream; false when the stream fell too far behind and was failed instead. */
    boolean offer(CaseEventRecord event) {
        if (overflowed) {
            return false;
        }
        if (queue.remainingCapacity() == 0) {
            overflowed = true;
            queue.clear();
            processor.onError(new BackPressureFailure("more than " + capacity + " events waiting"));
            return false;
        }
        processor.onNext(event);
        return true;
    }

    /** The events, buffered from registration until someone subscribes (once). */
    Multi<CaseEventRecord> events() {
        return processor;
    }

    void close() {
        processor.onComplete();
    }
}
