package org.liaison.caseflow.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** One change of a case, appended and never altered (a database trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    /** What happened: a CaseAction name, or SUBMITTED. */
    @Column(nullable = false, length = 32)
    public String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    public CaseStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 16)
    public ActorKind actorRole;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(length = 4000)
    public String note;

    @Column(name = "public", nullable = false)
    public boolean visibleToResident;

    @Column(name = "note_public", nullable = false)
    public boolean noteVisibleToResident;

    @Column(name = "deputy_id")
    public Long deputyId;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
