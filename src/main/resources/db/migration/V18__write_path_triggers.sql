-- Every appended case event wakes the relays of all instances (channel case_events, payload the event id), sent by
-- the database itself instead of one more round trip per event from the application. NOTIFY stays transactional:
-- it is delivered when, and only if, the appending transaction commits.
create function case_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('case_events', new.id::text);
    return null;
end
$$;
create trigger case_event_notify after insert on case_event for each row execute function case_event_notify();

-- deputy_load follows resident_case by itself: the holder of a case is its assigned deputy while the case is not
-- CLOSED, REJECTED or WITHDRAWN. Whatever path changes a case (routing, an administrator, a closure, a reopening,
-- a sweep, a scrub), the load moves in the same statement, so it always equals the open cases, and routing's
-- transaction needs no UPDATE of its own after choosing. Routing has locked the chosen deputy's row already.
create function deputy_load_follow() returns trigger language plpgsql as $$
declare
    before_holder bigint;
    after_holder  bigint;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status not in ('CLOSED', 'REJECTED', 'WITHDRAWN') then
        before_holder := old.assigned_deputy_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status not in ('CLOSED', 'REJECTED', 'WITHDRAWN') then
        after_holder := new.assigned_deputy_id;
    end if;
    if before_holder is distinct from after_holder then
        if before_holder is not null then
            update deputy_load set open_cases = open_cases - 1 where deputy_id = before_holder;
        end if;
        if after_holder is not null then
            update deputy_load set open_cases = open_cases + 1,
                                   last_assigned_at = greatest(last_assigned_at, new.assigned_at)
            where deputy_id = after_holder;
        end if;
    elsif after_holder is not null and new.assigned_at is distinct from old.assigned_at then
        update deputy_load set last_assigned_at = greatest(last_assigned_at, new.assigned_at) where deputy_id = after_holder;
    end if;
    return null;
end
$$;
create trigger deputy_load_follow after insert or delete or update of status, assigned_deputy_id, assigned_at
    on resident_case for each row execute function deputy_load_follow();
