package org.liaison.qr;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.DatabaseProblems;
import org.liaison.common.problem.ProblemException;
import org.liaison.deputy.DeputyRepository;
import org.liaison.venue.VenueRepository;

import java.time.Clock;
import java.util.Optional;

/**
 * The codes printed in QR codes: one live code per venue or deputy, issued on first use, replaced by
 * rotation. A retired code answers 410 so a resident holding an old poster learns why it stopped working.
 */
@ApplicationScoped
public class PublicCodeService {

    /** Random characters in a code; a check character follows them. */
    public static final int CODE_LENGTH = 8;
    /** Fresh codes tried when a new code collides with an existing one (odds about 1 in 8 million each). */
    private static final int ISSUE_ATTEMPTS = 3;

    private final PublicCodeRepository codes;
    private final VenueRepository venues;
    private final DeputyRepository deputies;
    private final Clock clock;
    private final String baseUrl;

    PublicCodeService(PublicCodeRepository codes, VenueRepository venues, DeputyRepository deputies, Clock clock,
                      LiaisonConfig config) {
        this.codes = codes;
        this.venues = venues;
        this.deputies = deputies;
        this.clock = clock;
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    /** The owner's live code, issuing revision 1 when it has none yet; concurrent callers get the same code. */
    @WithTransaction
    public Uni<PublicCode> liveCode(OwnerKind kind, Long ownerId) {
        return requireOwner(kind, ownerId).chain(() -> liveOrIssue(kind, ownerId, ISSUE_ATTEMPTS));
    }

    /** Retires the live code (old posters stop working at once) and issues the next revision. */
    @WithTransaction
    public Uni<PublicCode> rotate(OwnerKind kind, Long ownerId) {
        return requireOwner(kind, ownerId)
                .chain(() -> codes.lockRotation(kind, ownerId))
                .chain(() -> codes.retireLive(kind, ownerId, clock.instant()))
                .chain(() -> codes.lastRevision(kind, ownerId))
                .chain(last -> codes.persistAndFlush(newCode(kind, ownerId, last + 1)))
                // Rotations of one owner are serialised, so only a new code equal to an existing one (about 1 in
                // 8 million) can collide here; the administrator simply tries again.
                .onFailure(e -> DatabaseProblems.isUniqueViolation(e, null)).transform(e -> ProblemException.conflict(
                        "The new code happened to collide with an existing one; rotate again."));
    }

    /** The live code a person typed or scanned: 404 when malformed or unknown, 410 when replaced. */
    @WithSession
    public Uni<PublicCode> resolve(OwnerKind kind, String typed) {
        Optional<String> code = ReadableCode.normalize(typed, CODE_LENGTH);
        if (code.isEmpty()) {
            return Uni.createFrom().failure(unknown(kind));
        }
        return codes.findById(code.get()).map(found -> {
            if (found == null || found.ownerKind != kind) {
                throw unknown(kind);
            }
            if (!found.isLive()) {
                throw replaced(kind);
            }
            return found;
        });
    }

    /** The public address a code's QR code encodes, e.g. https://liaison.example/v/7K4M9QXTB. */
    public String url(PublicCode code) {
        return baseUrl + "/" + code.ownerKind.pathSegment() + "/" + code.code;
    }

    private Uni<PublicCode> liveOrIssue(OwnerKind kind, Long ownerId, int attemptsLeft) {
        return codes.findLive(kind, ownerId).chain(live -> {
            if (live != null) {
                return Uni.createFrom().item(live);
            }
            if (attemptsLeft == 0) {
                return Uni.createFrom().failure(new IllegalStateException("Could not issue a public code for " + kind + " " + ownerId));
            }
            return codes.issueUnlessLive(ReadableCode.generate(CODE_LENGTH), kind, ownerId, clock.instant())
                    .chain(() -> liveOrIssue(kind, ownerId, attemptsLeft - 1));
        });
    }

    private Uni<Void> requireOwner(OwnerKind kind, Long ownerId) {
        Uni<?> owner = kind == OwnerKind.VENUE ? venues.findById(ownerId) : deputies.findById(ownerId);
        return owner.map(found -> {
            if (found == null) {
                throw ProblemException.notFound((kind == OwnerKind.VENUE ? "Venue " : "Deputy ") + ownerId);
            }
            return null;
        }).replaceWithVoid();
    }

    private PublicCode newCode(OwnerKind kind, Long ownerId, int revision) {
        PublicCode code = new PublicCode();
        code.code = ReadableCode.generate(CODE_LENGTH);
        code.ownerKind = kind;
        code.ownerId = ownerId;
        code.revision = revision;
        code.createdAt = clock.instant();
        return code;
    }

    /** The 410 for a code that was replaced by a new one. */
    public static ProblemException replaced(OwnerKind kind) {
        return ProblemException.gone(kind == OwnerKind.VENUE
                ? "This poster has been replaced by a new one; scan the new QR code at the venue."
                : "This deputy's code has been replaced by a new one; ask the deputy for the new code.");
    }

    /** The 404 for a code nobody has (or of the other kind), the same whether malformed or unknown. */
    public static ProblemException unknown(OwnerKind kind) {
        return new ProblemException(404, "not-found", "Not found", kind == OwnerKind.VENUE
                ? "No venue has this code; check the code on the poster."
                : "No deputy has this code; check the code you were given.", null, null, null);
    }
}
