package org.liaison.caseflow;

import io.smallrye.mutiny.Uni;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.TxStatements;

/**
 * The ids of a new case and of its first two events, taken from their sequences in one statement (a pipelined
 * submission sends it with its other reads), so every row of the submission can be written in one flight.
 */
public record NewCaseIds(long caseId, long submittedEventId, long routeEventId) {

    private static final String NEXT = "select nextval('resident_case_id_seq'), nextval('case_event_id_seq'),"
            + " nextval('case_event_id_seq')";

    public static Uni<NewCaseIds> take(TxStatements statements) {
        return statements.query(SqlStatement.of(NEXT)).map(rows -> {
            Object[] row = rows.get(0);
            long first = ((Number) row[1]).longValue();
            long second = ((Number) row[2]).longValue();
            // the SUBMITTED event comes first in the case's history
            return new NewCaseIds(((Number) row[0]).longValue(), Math.min(first, second), Math.max(first, second));
        });
    }
}
