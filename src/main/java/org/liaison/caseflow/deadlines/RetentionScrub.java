package org.liaison.caseflow.deadlines;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.ReferralRepository;
import org.liaison.caseflow.ResidentCase;
import org.liaison.privacy.PersonalDataCipher;

import java.time.Instant;
import java.util.List;

/**
 * Retention for one ended case, in the caller's transaction: the resident's name, phone, message and rating
 * comment go; what the resident wrote in the history (follow-ups, answers, the rating comment, a withdrawal reason)
 * is redacted; phone numbers and the name are taken out of what deputies and departments wrote (referral notes,
 * replies, questions). Everything the statistics count stays. case_event stays append-only: its trigger lets
 * exactly this through, once per event (the note replaced or nulled, redacted_at set, nothing else).
 */
@ApplicationScoped
class RetentionScrub {

    private static final String REDACT_RESIDENTS_NOTES = "update case_event set note = null, redacted_at = :now"
            + " where case_id = :caseId and actor_role = 'RESIDENT' and note is not null and redacted_at is null";

    private static final String OTHERS_NOTES = "select id, note from case_event"
            + " where case_id = :caseId and actor_role <> 'RESIDENT' and note is not null and redacted_at is null order by id";

    private static final String REDACT_NOTE = "update case_event set note = :note, redacted_at = :now where id = :id";

    private final CaseRepository cases;
    private final ReferralRepository referrals;
    private final PersonalDataCipher cipher;

    RetentionScrub(CaseRepository cases, ReferralRepository referrals, PersonalDataCipher cipher) {
        this.cases = cases;
        this.referrals = referrals;
        this.cipher = cipher;
    }

    /** Scrubs the case; statements run one after another, as a reactive session requires. */
    Uni<Void> scrub(long caseId, Instant now) {
        return cases.findById(caseId).flatMap(c -> {
            String name = cipher.decrypt(c.residentNameEncrypted);
            forget(c, now);
            return referrals.ofCase(caseId)
                    .invoke(found -> found.forEach(r -> {
                        r.note = Redaction.redact(r.note, name);
                        r.reply = Redaction.redact(r.reply, name);
                    }))
                    .chain(() -> Panache.getSession())
                    .chain(session -> session.createNativeQuery(REDACT_RESIDENTS_NOTES)
                            .setParameter("now", now).setParameter("caseId", caseId).executeUpdate()
                            .chain(() -> session.createNativeQuery(OTHERS_NOTES, Object[].class)
                                    .setParameter("caseId", caseId).getResultList())
                            .chain(rows -> redactEach(session, rows, name, now)));
        });
    }

    private static void forget(ResidentCase c, Instant now) {
        c.residentNameEncrypted = null;
        c.residentPhoneEncrypted = null;
        c.text = Redaction.REMOVED_TEXT;
        c.ratingComment = null;
        c.scrubbedAt = now;
    }

    private static Uni<Void> redactEach(org.hibernate.reactive.mutiny.Mutiny.Session session, List<Object[]> rows,
                                        String name, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Object[] row : rows) {
            String note = (String) row[1];
            String redacted = Redaction.redact(note, name);
            if (!redacted.equals(note)) {
                long id = ((Number) row[0]).longValue();
                chain = chain.chain(() -> session.createNativeQuery(REDACT_NOTE)
                        .setParameter("note", redacted).setParameter("now", now).setParameter("id", id)
                        .executeUpdate().replaceWithVoid());
            }
        }
        return chain;
    }
}
