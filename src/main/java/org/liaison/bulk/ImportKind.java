package org.liaison.bulk;

import org.liaison.common.problem.ProblemException;

import java.util.Locale;

/** What a spreadsheet holds: venues, deputies or duties, named as in the import and export paths. */
public enum ImportKind {
    VENUES, DEPUTIES, DUTIES;

    /** The kind named by a path segment, or a 404 problem: an unknown segment is an address that does not exist. */
    static ImportKind of(String segment) {
        for (ImportKind kind : values()) {
            if (kind.segment().equals(segment)) {
                return kind;
            }
        }
        throw ProblemException.notFound("Spreadsheet kind '" + segment + "' (venues, deputies or duties)");
    }

    String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    Columns columns() {
        return switch (this) {
            case VENUES -> Columns.VENUES;
            case DEPUTIES -> Columns.DEPUTIES;
            case DUTIES -> Columns.DUTIES;
        };
    }
}
