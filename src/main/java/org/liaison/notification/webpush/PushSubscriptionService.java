package org.liaison.notification.webpush;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.tracking.CaseAccess;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;
import org.liaison.notification.NotifyConfig;

import java.time.Clock;
import java.util.List;

/**
 * The resident's subscriptions: checked hard (SubscriptionRules) before the case secret is (CaseAccess, the same 404
 * for a wrong secret or an unknown code as the tracking API), then stored up to liaison.notify.webpush.max-per-case.
 */
@ApplicationScoped
public class PushSubscriptionService {

    private final CaseAccess access;
    private final PushSubscriptions subscriptions;
    private final VapidKeyring keyring;
    private final int maxPerCase;
    private final Clock clock;

    PushSubscriptionService(CaseAccess access, PushSubscriptions subscriptions, VapidKeyring keyring,
                            NotifyConfig config, Clock clock) {
        this.access = access;
        this.subscriptions = subscriptions;
        this.keyring = keyring;
        this.maxPerCase = config.webpush().maxPerCase();
        this.clock = clock;
    }

    /** True when the subscription is new, false when it renewed the keys of one the case already held. */
    public Uni<Boolean> subscribe(String trackingCode, String secret, PushSubscriptionRequest request) {
        List<Problem.FieldError> errors = SubscriptionRules.check(request.endpoint(), request.keys().p256dh(),
                request.keys().auth());
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        if (keyring.push().isEmpty()) {
            return Uni.createFrom().failure(ProblemException.conflict("Web Push is not enabled on this service."));
        }
        return access.grant(trackingCode, secret).chain(grant -> subscriptions.add(grant.caseId(), request.endpoint(),
                        request.keys().p256dh(), request.keys().auth(), maxPerCase, clock.instant()))
                .map(added -> switch (added) {
                    case CREATED -> true;
                    case RENEWED -> false;
                    case FULL -> throw ProblemException.conflict("This case already has " + maxPerCase
                            + " push subscriptions; remove one first.");
                });
    }

    /** Removes the case's subscription to the endpoint, if it holds one. */
    public Uni<Void> unsubscribe(String trackingCode, String secret, PushSubscriptionRemoval removal) {
        return access.grant(trackingCode, secret)
                .chain(grant -> subscriptions.remove(grant.caseId(), removal.endpoint())).replaceWithVoid();
    }

    /** The VAPID public key for PushManager.subscribe; 404 when webpush is not enabled. */
    public String publicKey() {
        return keyring.publicKey().orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "Web Push is not enabled on this service.", null, null, null));
    }
}
