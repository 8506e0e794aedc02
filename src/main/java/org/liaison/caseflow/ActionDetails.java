package org.liaison.caseflow;

import org.liaison.caseflow.lifecycle.Rating;

/**
 * What an action carries besides who does it: a text (reason, question, message, reply), the department
 * of a referral, the deputy an administrator assigns, or the resident's rating.
 */
public record ActionDetails(String note, Long departmentId, Long chosenDeputyId, Rating rating) {

    public static final ActionDetails NONE = new ActionDetails(null, null, null, null);

    public static ActionDetails note(String note) {
        return new ActionDetails(note, null, null, null);
    }

    public static ActionDetails referral(Long departmentId, String note) {
        return new ActionDetails(note, departmentId, null, null);
    }

    public static ActionDetails assignment(Long deputyId, String note) {
        return new ActionDetails(note, null, deputyId, null);
    }

    public static ActionDetails rating(Rating rating, String comment) {
        return new ActionDetails(comment, null, null, rating);
    }
}
