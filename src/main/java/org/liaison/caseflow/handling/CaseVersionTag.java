package org.liaison.caseflow.handling;

import org.liaison.caseflow.ResidentCase;
import org.liaison.common.Versions;
import org.liaison.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * The case's version as an HTTP entity tag: every case view carries it as its ETag ({@code "7"}), and an action
 * sent with {@code If-Match} is taken only while the case is still at that version, so a decision made on a stale
 * view (an administrator reassigning a case a deputy has just accepted) is refused with 409 instead of winning.
 */
final class CaseVersionTag {

    static final String IF_MATCH = "If-Match";

    static final String IF_MATCH_DESCRIPTION = "The ETag of the case view the action was decided on (\"7\"): the "
            + "action is refused with 409 (context.currentVersion) when the case has changed since. Without it, the "
            + "action applies to the case as it is now.";

    private CaseVersionTag() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The versions an If-Match header names; empty when absent or "*" (no check). 400 for anything else. */
    static List<Long> parse(String ifMatch) {
        List<Long> versions = new ArrayList<>();
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return versions;
        }
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.length() < 3 || !trimmed.startsWith("\"") || !trimmed.endsWith("\"")) {
                throw malformed();
            }
            try {
                versions.add(Long.parseLong(trimmed.substring(1, trimmed.length() - 1)));
            } catch (NumberFormatException e) {
                throw malformed();
            }
        }
        return versions;
    }

    /** 409 unless the case is at one of the versions the header named (any version when it named none). */
    static void require(ResidentCase c, List<Long> versions) {
        if (!versions.isEmpty() && !versions.contains(c.version)) {
            Versions.require(c, versions.get(0), "Case " + c.id);
        }
    }

    private static ProblemException malformed() {
        return ProblemException.invalid(IF_MATCH, "must be the ETag of the case view, e.g. \"7\", or *");
    }
}
