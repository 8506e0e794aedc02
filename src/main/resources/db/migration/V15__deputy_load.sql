-- Each deputy's load as routing reads it, kept in the same transaction as every assignment, release and closure,
-- so reading it is one primary-key row per deputy instead of a count over the deputy's whole history.
create table deputy_load (
    deputy_id        bigint primary key references deputy (id),
    -- non-terminal cases the deputy holds (resident_case.assigned_deputy_id, status not CLOSED/REJECTED/WITHDRAWN)
    open_cases       integer not null default 0 check (open_cases >= 0),
    -- when the deputy was last given a case: routing takes turns by it
    last_assigned_at timestamptz
);

insert into deputy_load (deputy_id, open_cases, last_assigned_at)
select d.id,
       count(c.id) filter (where c.status not in ('CLOSED', 'REJECTED', 'WITHDRAWN')),
       max(c.assigned_at)
from deputy d left join resident_case c on c.assigned_deputy_id = d.id
group by d.id;

-- Every deputy has its row from the start, so a claim is always a plain conditional UPDATE: a claim that loses
-- the race locks nothing, and two routers can never hold rows the other waits for.
create function deputy_load_row() returns trigger language plpgsql as $$
begin
    insert into deputy_load (deputy_id) values (new.id) on conflict do nothing;
    return new;
end
$$;
create trigger deputy_load_row after insert on deputy for each row execute function deputy_load_row();

-- The sweep purges idempotency records past their lifetime, oldest first.
create index idempotency_record_created_idx on idempotency_record (created_at);
