package org.liaison.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.liaison.common.AuditedEntity;

import java.time.LocalTime;

/** A deputy serving a venue, with the rule that says on which days it receives residents there. */
@Entity
@Table(name = "duty")
public class Duty extends AuditedEntity {

    @Column(name = "venue_id", nullable = false)
    public Long venueId;

    @Column(name = "deputy_id", nullable = false)
    public Long deputyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 16)
    public RuleKind ruleKind;

    /** 1..5, or -1 for the last such weekday of the month (MONTHLY only). */
    @Column(name = "week_ordinal")
    public Short weekOrdinal;

    /** Comma-separated {@link java.time.DayOfWeek} names (MONTHLY: exactly one; WEEKLY: one or more). */
    @Column(length = 80)
    public String weekdays;

    /** Comma-separated ISO dates (DATES only), at most 366 of them. */
    @Column(length = 4100)
    public String dates;

    @Column(name = "starts_at")
    public LocalTime startsAt;

    @Column(name = "ends_at")
    public LocalTime endsAt;
}
