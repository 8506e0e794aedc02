package org.liaison.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.liaison.common.RunToEnd;
import org.liaison.caseflow.intake.SubmissionRequest;
import org.liaison.caseflow.intake.SubmissionService;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.problem.ProblemException;
import org.liaison.open311.apikey.ApiKey;
import org.liaison.open311.apikey.ApiKeyService;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * POST requests: a GeoReport request becomes a resident's submission at a venue, made by the same submission
 * service as the venue pages (same routing, same Idempotency-Key semantics, same encryption of name and phone),
 * plus a row saying which key created it and its media link.
 */
@ApplicationScoped
public class RequestIntake {

    /** What to answer, and whether it is the replay of an earlier request with the same Idempotency-Key. */
    public record Created(Open311Views.CreatedRequest body, boolean replayed) {
    }

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "categoryCode", "service_code", "text", "description", "name", "first_name/last_name", "phone", "phone");

    private static final String RECORD = "insert into open311_request (case_id, api_key_id, media_url, created_at)"
            + " values (:caseId, :key, :media, :now) on conflict (case_id) do nothing";

    private final ApiKeyService keys;
    private final KeyRateLimiter limiter;
    private final ServiceCatalog catalog;
    private final PublicCodeService codes;
    private final Open311Repository repository;
    private final SubmissionService submissions;
    private final Validator validator;
    private final ObjectMapper json;
    private final Open311Config config;
    private final Clock clock;

    RequestIntake(ApiKeyService keys, KeyRateLimiter limiter, ServiceCatalog catalog, PublicCodeService codes,
                  Open311Repository repository, SubmissionService submissions, Validator validator, ObjectMapper json,
                  Open311Config config, Clock clock) {
        this.keys = keys;
        this.limiter = limiter;
        this.catalog = catalog;
        this.codes = codes;
        this.repository = repository;
        this.submissions = submissions;
        this.validator = validator;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** The key is checked first: without a valid one nothing else is looked at (403), and nothing changes. */
    public Uni<Created> create(Map<String, List<String>> form, Optional<String> idempotencyKey, Open311Language language) {
        return keys.authenticate(RequestForm.field(form, "api_key").orElse(null)).call(key -> {
            if (key == null) {
                throw Open311Exception.forbidden("api_key is missing or invalid: ask the liaison office for a key");
            }
            return limiter.admit(key);
        }).chain(key -> {
            RequestForm request = RequestForm.parse(form);
            SubmissionRequest submission = new SubmissionRequest(request.serviceCode(), request.caseText(), request.name(),
                    request.phone(), request.anonymous(), request.contactConsent());
            validate(submission);
            return catalog.require(request.serviceCode())
                    .chain(category -> venueCode(request))
                    .chain(venueCode -> submit(key, venueCode, submission, request.mediaUrl(),
                            idempotencyKey.map(given -> "open311:" + key.id + ":" + given)))
                    .map(outcome -> new Created(new Open311Views.CreatedRequest(outcome.trackingCode(),
                            notice(outcome.body(), language), null), outcome.replayed()));
        });
    }

    /** The case and the row of its Open311 origin commit together; a replay adds nothing. */
    private Uni<SubmissionService.Outcome> submit(ApiKey key, String venueCode, SubmissionRequest submission,
                                                  String mediaUrl, Optional<String> idempotencyKey) {
        return RunToEnd.of(submissions.submit(OwnerKind.VENUE, venueCode, submission, idempotencyKey,
                (caseId, statements) -> statements.write(SqlStatement.of(RECORD).set("caseId", caseId)
                        .set("key", key.id).set("media", mediaUrl).set("now", clock.instant()))));
    }

    /** The venue of address_id, or the nearest active venue with coordinates within the configured distance. */
    private Uni<String> venueCode(RequestForm request) {
        if (request.addressId() != null) {
            return codes.resolve(OwnerKind.VENUE, request.addressId()).map(code -> code.code)
                    .onFailure(ProblemException.class).transform(e -> Open311Exception.badRequest(
                            ((ProblemException) e).status() == 410
                                    ? "address_id " + request.addressId() + " has been replaced by a new venue code"
                                    : "address_id " + request.addressId() + " is not the code of a venue"));
        }
        int limit = config.maxVenueDistanceMetres();
        return repository.nearestVenue(request.latitude(), request.longitude()).chain(venue -> {
            if (venue == null || venue.metres() > limit) {
                throw Open311Exception.badRequest("no liaison venue within " + limit + " m of lat/long; send address_id");
            }
            return codes.liveCode(OwnerKind.VENUE, venue.id()).map(code -> code.code);
        });
    }

    private void validate(SubmissionRequest submission) {
        List<ConstraintViolation<SubmissionRequest>> violations = validator.validate(submission).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        if (!violations.isEmpty()) {
            throw new Open311Exception(400, violations.stream().map(v -> new Open311Views.Error(400,
                    FIELD_NAMES.getOrDefault(v.getPropertyPath().toString(), v.getPropertyPath().toString()) + ": "
                            + v.getMessage())).toList(), null);
        }
    }

    /** Who received the case and why, from the submission's own answer. */
    private String notice(String submissionBody, Open311Language language) {
        try {
            JsonNode view = json.readTree(submissionBody);
            return language.pick(view.path("routingReasonZh").asText(null), view.path("routingReasonEn").asText(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The submission's answer is not JSON", e);
        }
    }
}
