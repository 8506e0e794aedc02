package org.liaison.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A case handed to a department (转办), with the department's reply. At most one is open per case. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(length = 4000)
    public String note;

    @Column(length = 4000)
    public String reply;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Referral open(Long caseId, Long departmentId, String note, Instant now) {
        Referral referral = new Referral();
        referral.caseId = caseId;
        referral.departmentId = departmentId;
        referral.note = note;
        referral.openedAt = now;
        return referral;
    }

    /** The department's own answer, which also ends the referral. */
    public void answer(String departmentReply, Instant now) {
        reply = departmentReply;
        repliedAt = now;
        close(now);
    }

    /** Ends the referral (recalled, or the case moved on). */
    public void close(Instant now) {
        closedAt = now;
    }
}
