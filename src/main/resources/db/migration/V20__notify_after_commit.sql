-- NOTIFY takes a database-wide lock at commit and keeps it until the commit is flushed to disk, so every
-- transaction that notifies commits one after another: at a few milliseconds per WAL flush that caps the whole
-- city's writes at a few hundred a second. A submission therefore says so (liaison.notify = 'after-commit' for
-- its transaction) and its events are announced after it commits, many in one NOTIFY transaction per instance
-- (caseflow/events/CommitNotices); every other change still notifies from here.
create or replace function case_event_notify() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('liaison.notify', true), '') <> 'after-commit' then
        perform pg_notify('case_events', new.id::text);
    end if;
    return null;
end
$$;
