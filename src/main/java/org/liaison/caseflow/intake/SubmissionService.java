package org.liaison.caseflow.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.CaseFlowConfig;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.NewCaseIds;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.category.Category;
import org.liaison.category.CategoryService;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.DatabaseProblems;
import org.liaison.common.problem.ProblemException;
import org.liaison.common.sql.CommittingStatements;
import org.liaison.common.sql.PipelinedTransactions;
import org.liaison.common.sql.TxStatements;
import org.liaison.privacy.PersonalDataCipher;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Turns a resident's submission into a routed case, once, in one pipelined transaction of three flights: the reads
 * (the Idempotency-Key's advisory lock, taken without waiting: held means the first request is still in flight; its
 * stored response; the code with its venue or deputy; the category; the new ids), then the routing snapshot with
 * the candidates' loads locked, then every write and the COMMIT together. The loads stay locked for the last
 * flight only. Everything that needs no database (normalising, hashing, encrypting the resident's contact) is done
 * before the transaction starts. A crash, a retry or a second instance can never make two cases of one key.
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

    /** Rows an entry point adds to the new case's transaction (Open311 records where the request came from). */
    @FunctionalInterface
    public interface Companion {
        Companion NONE = (caseId, statements) -> { };

        void write(long caseId, TxStatements statements);
    }

    /** The submission as it is before the transaction: normalised, fingerprinted, its contact encrypted. */
    private record Prepared(OwnerKind kind, String code, SubmissionRequest submission, Optional<String> key, String scope,
                            String fingerprint, String nameEncrypted, String phoneEncrypted,
                            CaseSecrets.IssuedSecret secret, Companion companion) {
    }

    /** The answers of the first flight. */
    private record Reads(boolean locked, IdempotencyRecords.Stored stored, SubmissionTargets.Found found,
                         Category category, NewCaseIds ids) {
    }

    private static final int CREATED = 201;
    private static final int TRACKING_CODE_ATTEMPTS = 3;
    private static final String TRACKING_CODE_TAKEN = "resident_case_tracking_code_key";
    private static final String KEY_TAKEN = "idempotency_record_pkey";

    private final PipelinedTransactions transactions;
    private final SubmissionTargets targets;
    private final CategoryService categories;
    private final CaseWorkflow workflow;
    private final IdempotencyRecords records;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json;
    private final CaseFlowConfig config;
    private final Clock clock;

    SubmissionService(PipelinedTransactions transactions, SubmissionTargets targets, CategoryService categories,
                      CaseWorkflow workflow, IdempotencyRecords records, PersonalDataCipher cipher, ObjectMapper json,
                      CaseFlowConfig config, Clock clock) {
        this.transactions = transactions;
        this.targets = targets;
        this.categories = categories;
        this.workflow = workflow;
        this.records = records;
        this.cipher = cipher;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Outcome> submit(OwnerKind kind, String typedCode, SubmissionRequest request, Optional<String> key) {
        return submit(kind, typedCode, request, key, Companion.NONE);
    }

    /** As {@link #submit(OwnerKind, String, SubmissionRequest, Optional)}, with the companion's rows in the same transaction. */
    public Uni<Outcome> submit(OwnerKind kind, String typedCode, SubmissionRequest request, Optional<String> key,
                               Companion companion) {
        Optional<String> code = ReadableCode.normalize(typedCode, PublicCodeService.CODE_LENGTH);
        if (code.isEmpty()) {
            // a malformed code gets the same 404 as an unknown one
            return Uni.createFrom().failure(PublicCodeService.unknown(kind));
        }
        SubmissionRequest submission = request.normalized();
        String scope = "submission:" + kind.pathSegment() + ":" + code.get();
        Prepared prepared = new Prepared(kind, code.get(), submission, key, scope,
                key.isPresent() ? RequestFingerprint.of(scope, submission) : null,
                cipher.encrypt(submission.name()), cipher.encrypt(submission.phone()), CaseSecrets.issue(), companion);
        return attempt(prepared, TRACKING_CODE_ATTEMPTS);
    }

    /** A new tracking code per attempt: the unique index refuses the (astronomically rare) repeat, and it tries again. */
    private Uni<Outcome> attempt(Prepared prepared, int attemptsLeft) {
        String trackingCode = CaseCodes.newTrackingCode();
        return transactions.run(statements -> inTransaction(statements, prepared, trackingCode))
                .onFailure(e -> DatabaseProblems.isUniqueViolation(e, TRACKING_CODE_TAKEN)).recoverWithUni(e -> {
                    if (attemptsLeft <= 1) {
                        return Uni.createFrom().failure(ProblemException.conflict(
                                "Could not issue a tracking code; please send the message again."));
                    }
                    return attempt(prepared, attemptsLeft - 1);
                })
                // only reachable if the advisory lock was bypassed: the primary key refuses the second record, and the case with it
                .onFailure(e -> DatabaseProblems.isUniqueViolation(e, KEY_TAKEN)).transform(e -> inFlight());
    }

    private Uni<Outcome> inTransaction(CommittingStatements statements, Prepared prepared, String trackingCode) {
        Optional<String> key = prepared.key();
        Uni<Boolean> locked = key.isEmpty() ? Uni.createFrom().item(true)
                : records.tryLock(statements, prepared.scope(), key.get());
        Uni<IdempotencyRecords.Stored> stored = key.isEmpty() ? Uni.createFrom().nullItem()
                : records.find(statements, prepared.scope(), key.get());
        Uni<SubmissionTargets.Found> found = targets.find(statements, prepared.code());
        Uni<Category> category = categories.findActiveByCode(statements, prepared.submission().categoryCode());
        Uni<NewCaseIds> ids = NewCaseIds.take(statements);
        return Uni.combine().all().unis(locked, stored, found, category, ids).with(Reads::new)
                .chain(reads -> decided(statements, prepared, trackingCode, reads));
    }

    private Uni<Outcome> decided(CommittingStatements statements, Prepared prepared, String trackingCode, Reads reads) {
        if (!reads.locked()) {
            throw inFlight();
        }
        IdempotencyRecords.Stored stored = reads.stored();
        if (expired(stored)) {
            // a record older than the key lifetime no longer counts, even before the purge deletes it
            records.forget(statements, prepared.scope(), prepared.key().get());
            stored = null;
        }
        if (stored != null) {
            return Uni.createFrom().item(replay(stored, prepared.fingerprint()));
        }
        SubmissionTargets.Target target = reads.found().target(prepared.kind());
        if (reads.category() == null) {
            throw ProblemException.invalid("categoryCode", "must be the code of an active category");
        }
        CaseSecrets.IssuedSecret secret = prepared.secret();
        ResidentCase c = newCase(trackingCode, secret, target, reads.category(), prepared);
        return workflow.submitted(c, reads.ids(), reads.category(), statements).map(routed -> {
            Outcome outcome = new Outcome(c.trackingCode, serialize(view(c, secret.secret(), target)), false);
            prepared.key().ifPresent(key -> records.insert(statements, prepared.scope(), key, prepared.fingerprint(),
                    CREATED, cipher.encrypt(outcome.body()), c.id, clock.instant()));
            prepared.companion().write(c.id, statements);
            Log.debugf("Case %d submitted at venue %d (%s code), routed by %s", c.id, c.venueId, prepared.kind().noun(),
                    c.routingRule);
            return outcome;
        });
    }

    private boolean expired(IdempotencyRecords.Stored stored) {
        return stored != null && stored.createdAt().plus(config.idempotencyLifetime()).isBefore(clock.instant());
    }

    private static ProblemException inFlight() {
        return ProblemException.conflict("A request with this Idempotency-Key is still being processed; "
                + "retry in a moment to get its result.");
    }

    private Outcome replay(IdempotencyRecords.Stored stored, String fingerprint) {
        if (!stored.requestHash().equals(fingerprint)) {
            throw ProblemException.unprocessable("This Idempotency-Key was already used for a different submission; "
                    + "use a new key for a new submission.");
        }
        return new Outcome(stored.trackingCode(), cipher.decrypt(stored.encryptedBody()), true);
    }

    private ResidentCase newCase(String trackingCode, CaseSecrets.IssuedSecret secret,
                                 SubmissionTargets.Target target, Category category, Prepared prepared) {
        SubmissionRequest submission = prepared.submission();
        ResidentCase c = new ResidentCase();
        c.trackingCode = trackingCode;
        c.secretHash = secret.sha256Hex();
        c.venueId = target.venueId();
        c.personalDeputyId = target.personalDeputyId();
        c.categoryId = category.id;
        c.status = CaseStatus.SUBMITTED;
        c.text = submission.text();
        c.residentNameEncrypted = prepared.nameEncrypted();
        c.residentPhoneEncrypted = prepared.phoneEncrypted();
        c.anonymous = submission.anonymous();
        c.contactConsent = submission.contactConsent();
        c.residentLanguage = submission.language();
        // the database keeps microseconds: the 201 must show the instants a later read shows
        c.submittedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return c;
    }

    private static SubmissionView view(ResidentCase c, String secret, SubmissionTargets.Target target) {
        return new SubmissionView(c.trackingCode, CaseCodes.display(c.trackingCode), secret, c.status,
                c.routingReasonZh, c.routingReasonEn, micros(c.acceptDueAt), target.venueName(), c.submittedAt);
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
