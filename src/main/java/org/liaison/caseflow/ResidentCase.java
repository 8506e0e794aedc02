package org.liaison.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.liaison.caseflow.events.CaseFacts;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseClock;
import org.liaison.caseflow.lifecycle.CaseEffect;
import org.liaison.caseflow.lifecycle.CaseSnapshot;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.lifecycle.ClosedAs;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.caseflow.lifecycle.ServiceLevel;
import org.liaison.caseflow.lifecycle.Transition;
import org.liaison.common.AuditedEntity;
import org.liaison.routing.RoutingDecision;
import org.liaison.routing.RoutingRule;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a resident sent, and everything about how it is being handled. The case changes itself: CaseWorkflow asks
 * the state machine for a {@link Transition} and hands it to {@link #follow}, which applies every effect the
 * transition names (status, deadlines, acceptance, response, rating, supervision, referral department).
 */
@Entity
@Table(name = "resident_case")
public class ResidentCase extends AuditedEntity {

    @Column(name = "tracking_code", nullable = false, unique = true, length = 16)
    public String trackingCode;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    @Column(name = "venue_id", nullable = false)
    public Long venueId;

    @Column(name = "personal_deputy_id")
    public Long personalDeputyId;

    @Column(name = "category_id", nullable = false)
    public Long categoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CaseStatus status;

    @Column(nullable = false, length = 4000)
    public String text;

    /** AES-GCM ciphertext (PersonalDataCipher); null when not given or scrubbed. */
    @Column(name = "resident_name_enc", length = 400)
    public String residentNameEncrypted;

    @Column(name = "resident_phone_enc", length = 200)
    public String residentPhoneEncrypted;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(name = "contact_consent", nullable = false)
    public boolean contactConsent;

    /** The language of the resident's page at submission (zh-CN or en), for their messages; null: unknown. */
    @Column(name = "resident_language", length = 8)
    public String residentLanguage;

    @Column(name = "assigned_deputy_id")
    public Long assignedDeputyId;

    @Column(name = "assigned_venue_id")
    public Long assignedVenueId;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_rule", length = 20)
    public RoutingRule routingRule;

    @Column(name = "routing_reason_zh", length = 500)
    public String routingReasonZh;

    @Column(name = "routing_reason_en", length = 500)
    public String routingReasonEn;

    @Column(name = "excluded_deputy_ids", nullable = false, length = 2000)
    public String excludedDeputyIds = "";

    /** Department of the open referral, null when none is open. */
    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "accept_due_at")
    public Instant acceptDueAt;

    @Column(name = "resolve_due_at")
    public Instant resolveDueAt;

    @Column(name = "rate_due_at")
    public Instant rateDueAt;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "paused_seconds", nullable = false)
    public long pausedSeconds;

    @Column(nullable = false)
    public boolean overdue;

    @Column(nullable = false)
    public boolean supervised;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    public Rating rating;

    @Column(name = "rating_comment", length = 1000)
    public String ratingComment;

    @Column(name = "rated_at")
    public Instant ratedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_as", length = 24)
    public ClosedAs closedAs;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** The deputy that accepted the case while holding it; cleared by every (re)assignment. Null: none, or staff. */
    @Column(name = "accepted_by_deputy_id")
    public Long acceptedByDeputyId;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "scrubbed_at")
    public Instant scrubbedAt;

    /** Id of the latest event of this case: the cursor of the polling feeds. */
    @Column(name = "last_event_id", nullable = false)
    public long lastEventId;

    /**
     * Applies a legal transition taken at {@code now}: the status, how the case closed, the deadlines, and what
     * each effect records. Routing and referrals are applied by their own methods before and after.
     */
    public void follow(Transition t, ActionDetails details, Instant now, ServiceLevel level) {
        clock(clock().follow(t, now, level));
        if (t.has(CaseEffect.RECORD_ACCEPTANCE)) {
            acceptedAt = now;
            acceptedByDeputyId = assignedDeputyId;
        }
        if (t.has(CaseEffect.RECORD_RESPONSE)) {
            respondedAt = now;
        }
        if (t.has(CaseEffect.RECORD_RATING)) {
            rating = details.rating();
            ratingComment = details.note();
            ratedAt = now;
        }
        if (t.has(CaseEffect.MARK_SUPERVISED)) {
            supervised = true;
        }
        if (t.action() == CaseAction.MARK_OVERDUE) {
            overdue = true;
        }
        if (t.has(CaseEffect.COUNT_REOPENING)) {
            reopenCount++;
        }
        status = t.to();
        t.closedAs().ifPresent(how -> {
            closedAs = how;
            closedAt = now;
        });
    }

    /** Takes the deputy (or the administrators' queue) routing chose, with its reason. */
    public void assign(RoutingDecision decision, Instant now) {
        acceptedByDeputyId = null;
        assignedDeputyId = decision.deputyId().orElse(null);
        assignedVenueId = decision.venueId().orElse(null);
        assignedAt = now;
        routingRule = decision.rule();
        routingReasonZh = decision.reasonZh();
        routingReasonEn = decision.reasonEn();
    }

    /** An administrator's choice: a deputy, or the administrators' queue when {@code deputyId} is null. */
    public void assignByAdministrator(Long deputyId, Instant now) {
        acceptedByDeputyId = null;
        assignedDeputyId = deputyId;
        assignedVenueId = null;
        assignedAt = now;
        routingRule = null;
        routingReasonZh = deputyId == null ? "管理员已将此件转入工作人员队列" : "管理员已指派代表办理";
        routingReasonEn = deputyId == null ? "an administrator moved the case to the staff queue"
                : "an administrator assigned a deputy";
    }

    /** The deputy who declined it or let it escalate never gets it again. */
    public void excludeAssignee() {
        if (assignedDeputyId != null) {
            exclude(assignedDeputyId);
        }
    }

    /** The personal deputy routing should try first, unless it already gave the case back. */
    public Long personalDeputyToTry() {
        return personalDeputyId == null || excludedDeputies().contains(personalDeputyId) ? null : personalDeputyId;
    }

    /** True when this deputy holds the case and accepted it itself: only then may it see the resident's contact. */
    public boolean acceptedByHolder(Long deputyId) {
        return deputyId != null && deputyId.equals(assignedDeputyId) && deputyId.equals(acceptedByDeputyId);
    }

    public void referTo(Long department) {
        departmentId = department;
    }

    public void referralClosed() {
        departmentId = null;
    }

    /** The case after an event, without anything personal: what the case-event port tells its listeners. */
    public CaseFacts facts() {
        return new CaseFacts(id, trackingCode, venueId, categoryId, personalDeputyId, status, assignedDeputyId,
                departmentId, submittedAt, acceptedAt, respondedAt, closedAt, closedAs, rating, acceptDueAt,
                resolveDueAt, overdue, supervised, reopenCount,
                contactConsent && !anonymous && residentPhoneEncrypted != null && scrubbedAt == null);
    }

    public CaseSnapshot snapshot() {
        return new CaseSnapshot(status, assignedDeputyId, departmentId, reopenCount);
    }

    public CaseClock clock() {
        return new CaseClock(acceptDueAt, resolveDueAt, rateDueAt, pausedAt, Duration.ofSeconds(pausedSeconds));
    }

    public void clock(CaseClock clock) {
        acceptDueAt = clock.acceptDueAt();
        resolveDueAt = clock.resolveDueAt();
        rateDueAt = clock.rateDueAt();
        pausedAt = clock.pausedAt();
        pausedSeconds = clock.pausedTotal().toSeconds();
    }

    /** Null-tolerant (contains(null) is false): asked about a case's absent personal deputy. */
    public Set<Long> excludedDeputies() {
        return excludedDeputyIds == null || excludedDeputyIds.isBlank() ? new LinkedHashSet<>()
                : Arrays.stream(excludedDeputyIds.split(",")).map(Long::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    void exclude(Long deputyId) {
        Set<Long> excluded = new LinkedHashSet<>(excludedDeputies());
        excluded.add(deputyId);
        excludedDeputyIds = excluded.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
