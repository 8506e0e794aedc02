-- Privacy of the case flow (issue 10).

-- A deputy sees the resident's contact only after it accepted the case itself: the deputy that accepted it while
-- holding it, cleared by every (re)assignment (ResidentCase.assign, assignByAdministrator).
alter table resident_case add column accepted_by_deputy_id bigint references deputy (id);
-- Cases accepted by the deputy that still holds them: its ACCEPT is not followed by any (re)assignment.
update resident_case c set accepted_by_deputy_id = c.assigned_deputy_id
where c.assigned_deputy_id is not null and c.accepted_at is not null
  and exists (select 1 from case_event a where a.case_id = c.id and a.type = 'ACCEPT' and a.actor_role = 'DEPUTY'
                and a.actor_id = c.assigned_deputy_id
                and not exists (select 1 from case_event later where later.case_id = c.id and later.id > a.id
                                  and later.type in ('ROUTE', 'ASSIGN', 'DECLINE', 'ESCALATE')));

-- Retention redacts what the resident wrote from the history too. case_event stays append-only: the one change
-- it takes is a redaction, once: the note replaced (or nulled) and redacted_at set, every other column unchanged.
alter table case_event add column redacted_at timestamptz;

create or replace function case_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.redacted_at is null and new.redacted_at is not null
       and (new.id, new.case_id, new.type, new.from_status, new.to_status, new.actor_role, new.actor_id,
            new.public, new.note_public, new.deputy_id, new.department_id, new.created_at)
           is not distinct from
           (old.id, old.case_id, old.type, old.from_status, old.to_status, old.actor_role, old.actor_id,
            old.public, old.note_public, old.deputy_id, old.department_id, old.created_at) then
        return new;
    end if;
    raise exception 'case_event is append-only (the one change allowed is a redaction of its note)';
end $$;

-- The sweep's timeouts: cases waiting for the resident, and cases no one takes from the administrators' queue.
create index resident_case_awaiting_info_idx on resident_case (paused_at) where status = 'AWAITING_INFO';
create index resident_case_queue_idx on resident_case (assigned_at)
    where status = 'ASSIGNED' and assigned_deputy_id is null;
