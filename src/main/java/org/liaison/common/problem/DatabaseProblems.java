package org.liaison.common.problem;

import io.vertx.pgclient.PgException;
import org.hibernate.StaleStateException;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * Recognises database outcomes that are the client's to resolve (a lost optimistic-lock race,
 * a duplicate key, a row still referenced, text the database cannot store) anywhere in a cause chain, so a race
 * never surfaces as a 500; and an unreachable database as 503, the outage it is.
 */
public final class DatabaseProblems {

    /** How long a client should wait before retrying while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseProblems() {
    }

    /** SQLSTATE of a duplicate key. */
    public static final String UNIQUE_VIOLATION = "23505";

    /**
     * True when a duplicate key is anywhere in the cause chain; with a constraint named, only a duplicate of that
     * one (the Vert.x client names it; a violation reported without the name does not count then).
     */
    public static boolean isUniqueViolation(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (UNIQUE_VIOLATION.equals(sqlState(cause))
                    && (constraint == null || cause instanceof PgException pg && constraint.equals(pg.getConstraint()))) {
                return true;
            }
        }
        return false;
    }

    public static Problem translate(Throwable error) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return conflict("The record was changed by someone else in the meantime; reload it and try again.");
            }
            String sqlState = sqlState(cause);
            if (sqlState != null) {
                return switch (sqlState) {
                    case "23505" -> conflict("A record with the same unique value already exists.");
                    case "23503" -> conflict("The record refers to, or is still referred to by, another record.");
                    case "23514", "22001", "22003" -> new Problem(Problem.TYPE_BASE + "validation", "Invalid request",
                            400, "A value is out of the allowed range or too long.", null, null, null);
                    case "22021", "22P05" -> new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400,
                            "A text contains characters that cannot be stored.", null, null, null);
                    case "40001", "40P01" -> conflict("A concurrent change got in the way; try again.");
                    case "57P01", "57P02", "57P03", "53300" -> unavailable();
                    default -> sqlState.startsWith("08") ? unavailable() : null;
                };
            }
            if (isConnectionFailure(cause)) {
                return unavailable();
            }
        }
        return null;
    }

    /** Hibernate Reactive reports database errors as SQLException, the Vert.x client as PgException. */
    private static String sqlState(Throwable cause) {
        return cause instanceof PgException pg ? pg.getSqlState() : cause instanceof SQLException sql ? sql.getSQLState() : null;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    /** The database cannot be reached (refused, closed, timed out acquiring a connection): the outage is ours, not a bug. */
    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof java.net.ConnectException || cause instanceof java.nio.channels.ClosedChannelException
                || cause instanceof java.net.NoRouteToHostException) {
            return true;
        }
        String name = cause.getClass().getName();
        return name.equals("io.vertx.sqlclient.ClosedConnectionException")
                || name.equals("io.vertx.core.http.ConnectionPoolTooBusyException")
                || name.equals("io.vertx.sqlclient.impl.pool.ConnectionPoolTooBusyException")
                || name.endsWith("NoStackTraceTimeoutException") && String.valueOf(cause.getMessage()).contains("connection");
    }

    private static Problem unavailable() {
        return new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                "The database cannot be reached right now; try again in a few seconds.", null, null, null);
    }

    private static Problem conflict(String detail) {
        return new Problem(Problem.TYPE_BASE + "conflict", "Conflict", 409, detail, null, null, null);
    }
}
