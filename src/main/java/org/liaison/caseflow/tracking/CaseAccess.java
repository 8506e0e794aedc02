package org.liaison.caseflow.tracking;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.common.problem.ProblemException;

import java.util.Optional;

/**
 * The one check of a resident's claim to a case, used by the REST view and the live stream alike. Whatever is wrong
 * (malformed or unknown tracking code, missing or wrong secret) the answer is the same 404, and an unknown code
 * costs the same hashing as a wrong secret, so nothing tells whether a case exists.
 */
@ApplicationScoped
public class CaseAccess {

    /** What a stream needs to know about the case it may open. */
    public record Grant(long caseId, CaseStatus status) {
    }

    /** Hashed when there is no case to compare with. */
    private static final String NO_CASE = "0".repeat(64);

    private final CaseRepository cases;

    CaseAccess(CaseRepository cases) {
        this.cases = cases;
    }

    /** The case whose secret the resident holds, in the caller's session; 404 otherwise. */
    public Uni<ResidentCase> caseOf(String typedCode, String secret) {
        Optional<String> code = CaseCodes.normalizeTrackingCode(typedCode);
        if (code.isEmpty()) {
            CaseSecrets.matches(secret, NO_CASE);
            return Uni.createFrom().failure(CaseAccess::notFound);
        }
        return cases.findByTrackingCode(code.get()).map(c -> {
            if (!CaseSecrets.matches(secret, c == null ? NO_CASE : c.secretHash) || c == null) {
                throw notFound();
            }
            return c;
        });
    }

    /** The same check for callers outside a request's session (the stream opens its own). */
    public Uni<Grant> grant(String typedCode, String secret) {
        return caseOf(typedCode, secret).map(c -> new Grant(c.id, c.status));
    }

    /**
     * The case a stream ticket was issued for, when it is the one the tracking code names; the same 404 otherwise.
     * The ticket was checked before: it names the case by id, so the code only has to match it.
     */
    public Uni<Grant> grant(String typedCode, long ticketCaseId) {
        Optional<String> code = CaseCodes.normalizeTrackingCode(typedCode);
        if (code.isEmpty()) {
            return Uni.createFrom().failure(CaseAccess::notFound);
        }
        return cases.findByTrackingCode(code.get()).map(c -> {
            if (c == null || c.id != ticketCaseId) {
                throw notFound();
            }
            return new Grant(c.id, c.status);
        });
    }

    public static ProblemException notFound() {
        return new ProblemException(404, "not-found", "Not found",
                "No case matches this tracking code and secret.", null, null, null);
    }
}
