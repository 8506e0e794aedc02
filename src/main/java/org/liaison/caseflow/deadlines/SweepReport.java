package org.liaison.caseflow.deadlines;

/** What one sweep did. */
public record SweepReport(int escalated, int markedOverdue, int closedUnrated, int scrubbed) {

    public boolean isEmpty() {
        return escalated + markedOverdue + closedUnrated + scrubbed == 0;
    }
}
