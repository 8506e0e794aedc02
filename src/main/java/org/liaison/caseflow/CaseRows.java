package org.liaison.caseflow;

import org.liaison.common.sql.SqlStatement;

import java.time.Instant;

/**
 * The INSERT of a new case's row for a pipelined transaction, where the case is written once, already routed,
 * with its id taken from resident_case_id_seq beforehand (Hibernate maps the same columns for every later change).
 */
final class CaseRows {

    private static final String INSERT = "insert into resident_case (id, tracking_code, secret_hash, venue_id,"
            + " personal_deputy_id, category_id, status, text, resident_name_enc, resident_phone_enc, anonymous,"
            + " contact_consent, resident_language, assigned_deputy_id, assigned_venue_id, assigned_at, routing_rule,"
            + " routing_reason_zh, routing_reason_en, excluded_deputy_ids, department_id, accept_due_at, resolve_due_at,"
            + " rate_due_at, paused_at, paused_seconds, overdue, supervised, reopen_count, submitted_at, last_event_id,"
            + " created_at, updated_at, version) values (:id, :trackingCode, :secretHash, :venueId, :personalDeputyId,"
            + " :categoryId, :status, :text, :nameEnc, :phoneEnc, :anonymous, :contactConsent, :language, :deputyId,"
            + " :assignedVenueId, :assignedAt, :routingRule, :reasonZh, :reasonEn, :excluded, :departmentId,"
            + " :acceptDueAt, :resolveDueAt, :rateDueAt, :pausedAt, :pausedSeconds, :overdue, :supervised, :reopenCount,"
            + " :submittedAt, :lastEventId, :now, :now, 0)";

    private CaseRows() {
    }

    static SqlStatement insert(ResidentCase c, Instant now) {
        c.createdAt = now;
        c.updatedAt = now;
        return SqlStatement.of(INSERT).set("id", c.id).set("trackingCode", c.trackingCode).set("secretHash", c.secretHash)
                .set("venueId", c.venueId).set("personalDeputyId", c.personalDeputyId).set("categoryId", c.categoryId)
                .set("status", c.status).set("text", c.text).set("nameEnc", c.residentNameEncrypted)
                .set("phoneEnc", c.residentPhoneEncrypted).set("anonymous", c.anonymous)
                .set("contactConsent", c.contactConsent).set("language", c.residentLanguage)
                .set("deputyId", c.assignedDeputyId).set("assignedVenueId", c.assignedVenueId)
                .set("assignedAt", c.assignedAt).set("routingRule", c.routingRule).set("reasonZh", c.routingReasonZh)
                .set("reasonEn", c.routingReasonEn).set("excluded", c.excludedDeputyIds).set("departmentId", c.departmentId)
                .set("acceptDueAt", c.acceptDueAt).set("resolveDueAt", c.resolveDueAt).set("rateDueAt", c.rateDueAt)
                .set("pausedAt", c.pausedAt).set("pausedSeconds", c.pausedSeconds).set("overdue", c.overdue)
                .set("supervised", c.supervised).set("reopenCount", c.reopenCount).set("submittedAt", c.submittedAt)
                .set("lastEventId", c.lastEventId).set("now", now);
    }
}
