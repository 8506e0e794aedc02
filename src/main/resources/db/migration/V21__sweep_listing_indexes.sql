-- The deadline sweep lists what is due every minute on every instance (DueCases). Two of its conditions had no
-- index to range over, so PostgreSQL walked resident_case's primary key and filtered every row: at 1,000,000 cases,
-- 1.2 s for the cases not resolved in time and 0.6 s for the personal data past its retention, each minute, with
-- nothing due. Now each listing ranges over the cases that can become due.
--
-- A plain CREATE INDEX holds off writes to resident_case while it builds. On a large database an operator can build
-- both beforehand with CREATE INDEX CONCURRENTLY under the same names: "if not exists" then leaves them as they are.

-- Not resolved in time: only cases in a deputy's hands (CaseStatus.IN_HAND) can be. Replaces the index of every
-- case not marked overdue (closed ones included), which a new case no longer enters.
drop index if exists resident_case_resolve_due_idx;
create index if not exists resident_case_in_hand_due_idx on resident_case (resolve_due_at)
    where overdue = false and status in ('ACCEPTED', 'AWAITING_INFO', 'IN_PROGRESS', 'REFERRED', 'REOPENED');

-- Past the retention: closed cases by resident_case_closed_idx (closed_at, not scrubbed); the cases that ended
-- without a closed_at (rejected, withdrawn) here, their end being their last event.
create index if not exists resident_case_ended_unclosed_idx on resident_case (id)
    where closed_at is null and scrubbed_at is null and status in ('CLOSED', 'REJECTED', 'WITHDRAWN');
