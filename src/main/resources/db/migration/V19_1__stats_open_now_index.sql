-- "Open now" and "overdue now" per venue (or deputy, department, category, region) are counted from the open cases
-- alone: with every column those counts read in the index, it is an index-only scan of the open cases (a few
-- percent of all) instead of a heap page per open case. It replaces the narrower index of V12.
create index resident_case_open_now_idx on resident_case (venue_id)
    include (status, resolve_due_at, paused_at, accept_due_at, assigned_deputy_id, department_id, category_id)
    where status not in ('CLOSED', 'REJECTED', 'WITHDRAWN');
drop index resident_case_open_idx;
