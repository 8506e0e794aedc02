package org.liaison.caseflow.deadlines;

/** What one sweep did. */
public record SweepReport(int escalated, int markedOverdue, int closedUnrated, int expired, int scrubbed) {

    public boolean isEmpty() {
        return escalated + markedOverdue + closedUnrated + expired + scrubbed == 0;
    }
}
