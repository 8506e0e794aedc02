package org.liaison.qr;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
@WithSession
public class PublicCodeRepository implements PanacheRepositoryBase<PublicCode, String> {

    public Uni<PublicCode> findLive(OwnerKind kind, Long ownerId) {
        return find("ownerKind = ?1 and ownerId = ?2 and retiredAt is null", kind, ownerId).firstResult();
    }

    /**
     * Inserts {@code code} as the owner's next revision unless the owner already has a live code. When
     * another transaction issues one at the same moment, the partial unique index makes this insert wait
     * for it and then do nothing, instead of failing the flush and poisoning the session.
     *
     * @return 1 when this call issued the code, 0 when a live code already existed (or the code was taken)
     */
    public Uni<Integer> issueUnlessLive(String code, OwnerKind kind, Long ownerId, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                        insert into public_code (code, owner_kind, owner_id, revision, created_at)
                        select cast(:code as varchar), cast(:kind as varchar), cast(:owner as bigint),
                               coalesce(max(revision), 0) + 1, cast(:now as timestamptz)
                        from public_code where owner_kind = cast(:kind as varchar) and owner_id = cast(:owner as bigint)
                        on conflict do nothing""")
                .setParameter("code", code)
                .setParameter("kind", kind.name())
                .setParameter("owner", ownerId)
                .setParameter("now", now)
                .executeUpdate());
    }

    /**
     * Holds the owner's rotation lock until the transaction ends, so two rotations of one owner run one
     * after the other: interleaved, each would wait on the other's new row and PostgreSQL would abort one
     * as a deadlock. An unrelated owner hashing to the same key only waits a moment.
     */
    public Uni<Void> lockRotation(OwnerKind kind, Long ownerId) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select 1 from pg_advisory_xact_lock(hashtextextended(cast(:key as text), 0))", Integer.class)
                .setParameter("key", "public_code:" + kind + ":" + ownerId)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** Retires the owner's live code, if any. */
    public Uni<Integer> retireLive(OwnerKind kind, Long ownerId, Instant now) {
        return update("retiredAt = ?1 where ownerKind = ?2 and ownerId = ?3 and retiredAt is null", now, kind, ownerId);
    }

    /** The highest revision the owner ever had, 0 when none. */
    public Uni<Integer> lastRevision(OwnerKind kind, Long ownerId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select coalesce(max(c.revision), 0) from PublicCode c where c.ownerKind = :kind and c.ownerId = :owner",
                        Integer.class)
                .setParameter("kind", kind)
                .setParameter("owner", ownerId)
                .getSingleResult());
    }
}
