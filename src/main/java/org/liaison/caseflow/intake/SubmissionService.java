package org.liaison.caseflow.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.CaseFlowConfig;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.category.Category;
import org.liaison.category.CategoryService;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.ProblemException;
import org.liaison.privacy.PersonalDataCipher;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Turns a resident's submission into a routed case, once. With an Idempotency-Key everything happens in one
 * transaction: the key's advisory lock (taken without waiting: held means the first request is still in flight),
 * the lookup of a stored response (replayed, or 422 for a different payload), then the case, its routing and the
 * stored response. A crash, a retry or a second instance can therefore never make two cases of one key.
 */
@ApplicationScoped
public class SubmissionService {

    /** What to answer: the JSON body (identical for a replay, secret included) and the case's tracking code. */
    public record Outcome(String trackingCode, String body, boolean replayed) {
        @Override
        public String toString() {
            return "Outcome[trackingCode=" + trackingCode + ", replayed=" + replayed + "]";
        }
    }

    private record Created(Long caseId, Outcome outcome) {
    }

    private static final int CREATED = 201;
    private static final int TRACKING_CODE_ATTEMPTS = 3;

    private final SubmissionTargets targets;
    private final PublicCodeService codes;
    private final CategoryService categories;
    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final IdempotencyRecords records;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json;
    private final CaseFlowConfig config;
    private final Clock clock;

    SubmissionService(SubmissionTargets targets, PublicCodeService codes, CategoryService categories, CaseRepository cases,
                      CaseWorkflow workflow, IdempotencyRecords records, PersonalDataCipher cipher, ObjectMapper json,
                      CaseFlowConfig config, Clock clock) {
        this.targets = targets;
        this.codes = codes;
        this.categories = categories;
        this.cases = cases;
        this.workflow = workflow;
        this.records = records;
        this.cipher = cipher;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Outcome> submit(OwnerKind kind, String typedCode, SubmissionRequest request, Optional<String> key) {
        Optional<String> code = ReadableCode.normalize(typedCode, PublicCodeService.CODE_LENGTH);
        if (code.isEmpty()) {
            // the lookup answers a malformed code with the same 404 as an unknown one
            return codes.resolve(kind, typedCode).map(unreachable -> {
                throw new IllegalStateException("a malformed code resolved");
            });
        }
        SubmissionRequest submission = request.normalized();
        if (key.isEmpty()) {
            return create(kind, code.get(), submission).map(Created::outcome);
        }
        String scope = "submission:" + kind.pathSegment() + ":" + code.get();
        String fingerprint = RequestFingerprint.of(scope, submission);
        return records.tryLock(scope, key.get())
                .chain(locked -> {
                    if (!locked) {
                        throw inFlight();
                    }
                    return records.find(scope, key.get());
                })
                .chain(stored -> expired(stored) ? records.forget(scope, key.get()).replaceWith((IdempotencyRecords.Stored) null)
                        : Uni.createFrom().item(stored))
                .chain(stored -> stored != null ? Uni.createFrom().item(replay(stored, fingerprint))
                        : create(kind, code.get(), submission).call(created -> records.insert(scope, key.get(),
                                fingerprint, CREATED, cipher.encrypt(created.outcome().body()), created.caseId(),
                                clock.instant())).map(Created::outcome))
                // only reachable if the lock was bypassed: the primary key refuses the second record, and the case with it
                .onFailure(SubmissionService::isUniqueViolation).transform(e -> inFlight());
    }

    /** A record older than the key lifetime no longer counts, even before the purge deletes it. */
    private boolean expired(IdempotencyRecords.Stored stored) {
        return stored != null && stored.createdAt().plus(config.idempotencyLifetime()).isBefore(clock.instant());
    }

    private static ProblemException inFlight() {
        return ProblemException.conflict("A request with this Idempotency-Key is still being processed; "
                + "retry in a moment to get its result.");
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String state = cause instanceof SQLException sql ? sql.getSQLState()
                    : cause instanceof PgException pg ? pg.getSqlState() : null;
            if ("23505".equals(state)) {
                return true;
            }
        }
        return false;
    }

    private Outcome replay(IdempotencyRecords.Stored stored, String fingerprint) {
        if (!stored.requestHash().equals(fingerprint)) {
            throw ProblemException.unprocessable("This Idempotency-Key was already used for a different submission; "
                    + "use a new key for a new submission.");
        }
        return new Outcome(stored.trackingCode(), cipher.decrypt(stored.encryptedBody()), true);
    }

    private Uni<Created> create(OwnerKind kind, String code, SubmissionRequest submission) {
        return targets.resolve(kind, code).flatMap(target -> categories.findActiveByCode(submission.categoryCode())
                .flatMap(category -> {
                    if (category == null) {
                        throw ProblemException.invalid("categoryCode", "must be the code of an active category");
                    }
                    return freshTrackingCode(TRACKING_CODE_ATTEMPTS).flatMap(trackingCode -> {
                        CaseSecrets.IssuedSecret secret = CaseSecrets.issue();
                        ResidentCase c = newCase(trackingCode, secret, target, category, submission);
                        return cases.persistAndFlush(c)
                                .chain(() -> workflow.submitted(c))
                                .map(routed -> {
                                    Log.infof("Case %d submitted at venue %d (%s code), routed by %s", c.id,
                                            c.venueId, kind.noun(), c.routingRule);
                                    return new Created(c.id, new Outcome(c.trackingCode,
                                            serialize(view(c, secret.secret(), target)), false));
                                });
                    });
                }));
    }

    private ResidentCase newCase(String trackingCode, CaseSecrets.IssuedSecret secret, SubmissionTargets.Target target,
                                 Category category, SubmissionRequest submission) {
        ResidentCase c = new ResidentCase();
        c.trackingCode = trackingCode;
        c.secretHash = secret.sha256Hex();
        c.venueId = target.venue().id;
        c.personalDeputyId = target.personalDeputyId();
        c.categoryId = category.id;
        c.status = CaseStatus.SUBMITTED;
        c.text = submission.text();
        c.residentNameEncrypted = cipher.encrypt(submission.name());
        c.residentPhoneEncrypted = cipher.encrypt(submission.phone());
        c.anonymous = submission.anonymous();
        c.contactConsent = submission.contactConsent();
        c.residentLanguage = submission.language();
        // the database keeps microseconds: the 201 must show the instants a later read shows
        c.submittedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return c;
    }

    /** A tracking code no case has yet; the unique index still guards the (astronomically rare) race. */
    private Uni<String> freshTrackingCode(int attemptsLeft) {
        String candidate = CaseCodes.newTrackingCode();
        return cases.findByTrackingCode(candidate).flatMap(existing -> {
            if (existing == null) {
                return Uni.createFrom().item(candidate);
            }
            if (attemptsLeft <= 1) {
                throw ProblemException.conflict("Could not issue a tracking code; please send the message again.");
            }
            return freshTrackingCode(attemptsLeft - 1);
        });
    }

    private static SubmissionView view(ResidentCase c, String secret, SubmissionTargets.Target target) {
        return new SubmissionView(c.trackingCode, CaseCodes.display(c.trackingCode), secret, c.status,
                c.routingReasonZh, c.routingReasonEn, micros(c.acceptDueAt), target.venue().name, c.submittedAt);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private String serialize(SubmissionView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A submission view could not be written as JSON", e);
        }
    }
}
