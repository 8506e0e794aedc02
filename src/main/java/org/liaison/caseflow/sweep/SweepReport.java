package org.liaison.caseflow.sweep;

/** What one sweep did. */
public record SweepReport(int escalated, int markedOverdue, int closedUnrated, int scrubbed) {

    public boolean isEmpty() {
        return escalated + markedOverdue + closedUnrated + scrubbed == 0;
    }
}
