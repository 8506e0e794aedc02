package org.liaison.caseflow.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.hibernate.reactive.mutiny.Mutiny;
import org.liaison.common.sql.CommittingStatements;
import org.liaison.common.sql.SessionStatements;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.TxStatements;

import java.util.List;
import java.util.function.Consumer;

/**
 * The write side of the case-event port: appends an event in the case's transaction and lets every in-transaction
 * listener record its part. Every path takes its row locks in the same order, so two never deadlock: the case row
 * and the deputies' loads (routing's lock, or the trigger that moves a load), then the listeners' rows (rollups,
 * outbox), then the watch counters. The NOTIFY that wakes every instance's relay when (and only if) the transaction commits
 * is sent by a trigger on case_event, not by one more statement from here. It knows the listeners only by their
 * interface.
 */
@ApplicationScoped
public class CaseEventPublisher {

    private static final String INSERT = "insert into case_event (id, case_id, type, from_status, to_status, actor_role,"
            + " actor_id, note, public, note_public, deputy_id, department_id, created_at) values (:id, :caseId, :type,"
            + " :fromStatus, :toStatus, :actorRole, :actorId, :note, :public, :notePublic, :deputyId, :departmentId,"
            + " :createdAt)";

    /** Tells the trigger on case_event (V20) that this transaction's events are announced after it commits. */
    private static final String NOTIFY_AFTER_COMMIT = "select set_config('liaison.notify', 'after-commit', true)";

    private final CaseEventRepository events;
    private final CommitNotices notices;
    private final List<CaseEventListener> listeners;

    CaseEventPublisher(CaseEventRepository events, CommitNotices notices, Instance<CaseEventListener> listeners) {
        this.events = events;
        this.notices = notices;
        this.listeners = listeners.stream().toList();
    }

    /**
     * Appends the event in the current Hibernate session; {@code facts} describes the case after it. {@code saved}
     * sees the stored event (its id) before any listener runs, so the case can take the id into the same flush as
     * the rest of its change instead of an UPDATE of its own.
     */
    public Uni<CaseEvent> append(CaseEvent event, CaseFacts facts, Consumer<CaseEvent> saved) {
        // persist, not persistAndFlush: the identity insert runs at once; then the case's change, event id
        // included, is flushed in one UPDATE before the listeners, so every path takes its locks in one order
        return events.persist(event).invoke(saved).call(() -> Panache.getSession().chain(Mutiny.Session::flush)).call(stored -> {
            SessionStatements statements = new SessionStatements();
            return notifyListeners(CaseEventRecord.of(stored, facts.trackingCode()), facts, statements)
                    .chain(statements::flush);
        });
    }

    /**
     * Appends an event whose id was taken from case_event_id_seq beforehand, through {@code statements} (after the
     * case's own row), with the listeners' writes behind it. Its NOTIFY goes out after the commit, gathered with
     * other transactions' ({@link CommitNotices}), instead of from the trigger inside the transaction.
     */
    public Uni<Void> append(CaseEvent event, CaseFacts facts, CommittingStatements statements) {
        statements.writeOnce(SqlStatement.of(NOTIFY_AFTER_COMMIT));
        statements.afterCommit(() -> notices.send(CaseEventRelay.CHANNEL, Long.toString(event.id)));
        statements.write(SqlStatement.of(INSERT).set("id", event.id).set("caseId", event.caseId).set("type", event.type)
                .set("fromStatus", event.fromStatus).set("toStatus", event.toStatus).set("actorRole", event.actorRole)
                .set("actorId", event.actorId).set("note", event.note).set("public", event.visibleToResident)
                .set("notePublic", event.noteVisibleToResident).set("deputyId", event.deputyId)
                .set("departmentId", event.departmentId).set("createdAt", event.createdAt));
        return notifyListeners(CaseEventRecord.of(event, facts.trackingCode()), facts, statements);
    }

    private Uni<Void> notifyListeners(CaseEventRecord record, CaseFacts facts, TxStatements statements) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CaseEventListener listener : listeners) {
            chain = chain.chain(() -> listener.recorded(record, facts, statements));
        }
        return chain;
    }
}
