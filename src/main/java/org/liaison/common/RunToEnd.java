package org.liaison.common;

import io.smallrye.mutiny.Uni;

/**
 * A write a client has started runs to its end even if the client goes away meanwhile: a resident on a flaky
 * network, a closed page, a proxy's timeout. Otherwise the server cancels the work mid-transaction, and the
 * transaction dies half-way, with errors about a closed session in the log. Now it commits or rolls back as a
 * whole, and the client's retry with the same Idempotency-Key gets the stored answer. Cancelling the returned Uni
 * only stops waiting for the result.
 */
public final class RunToEnd {

    private RunToEnd() {
    }

    public static <T> Uni<T> of(Uni<T> work) {
        return Uni.createFrom().emitter(emitter -> work.subscribe().with(emitter::complete, emitter::fail));
    }
}
