-- 1,000,000 existing cases with two events each at the benchmark venues, over two years, most of them closed:
set session_replication_role = replica; -- a bulk load: no per-row triggers (each event would queue a NOTIFY)
-- the history a busy district accumulates, loaded by SQL (not the API). Deputy loads are recomputed after.
insert into resident_case (tracking_code, secret_hash, venue_id, category_id, status, text, anonymous, contact_consent,
                           assigned_deputy_id, assigned_venue_id, routing_rule, submitted_at, assigned_at, closed_at,
                           closed_as, last_event_id, scrubbed_at)
select 'H' || lpad(to_hex(g), 8, '0'), repeat('0', 64), v.id, (select min(id) from category), 
       case when g % 20 = 0 then 'IN_PROGRESS' else 'CLOSED' end,
       case when g % 20 <> 0 and g % 730 >= 183 then '[已按保存期限删除]' else '历史留言 ' || g end, false, false,
       d.deputy_id, v.id, 'ON_DUTY', now() - (g % 730) * interval '1 day', now() - (g % 730) * interval '1 day',
       case when g % 20 = 0 then null else now() - (g % 730) * interval '1 day' + interval '3 days' end,
       case when g % 20 = 0 then null else 'SATISFIED' end, 0,
       -- closed the retention (180 days) ago or longer: scrubbed then (Redaction.REMOVED_TEXT), as a running service
       -- would have done; otherwise its scrub job spends the runs catching up on 700,000 cases (or, with the
       -- boundary day left out, on the 1,300 closed exactly 180 days before the load)
       case when g % 20 <> 0 and g % 730 >= 183 then now() - (g % 730) * interval '1 day' + interval '183 days' end
from generate_series(1, 1000000) g
join lateral (select id from venue where id = (select min(id) from venue) + (g % (select count(*) from venue))) v on true
join lateral (select deputy_id from duty where venue_id = v.id order by id limit 1) d on true;
insert into case_event (case_id, type, from_status, to_status, actor_role, public, note_public, deputy_id, created_at)
select id, 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'RESIDENT', true, false, null, submitted_at
from resident_case where tracking_code like 'H%';
insert into case_event (case_id, type, from_status, to_status, actor_role, public, note_public, deputy_id, created_at)
select id, 'ROUTE', 'SUBMITTED', 'ASSIGNED', 'SYSTEM', true, true, assigned_deputy_id, assigned_at
from resident_case where tracking_code like 'H%';
update resident_case c set last_event_id = e.max_id
from (select case_id, max(id) max_id from case_event group by case_id) e where e.case_id = c.id and c.tracking_code like 'H%';
insert into deputy_load (deputy_id, open_cases, last_assigned_at)
select assigned_deputy_id, count(*) filter (where status not in ('CLOSED', 'REJECTED', 'WITHDRAWN')), max(assigned_at)
from resident_case where assigned_deputy_id is not null group by assigned_deputy_id
on conflict (deputy_id) do update set open_cases = excluded.open_cases, last_assigned_at = excluded.last_assigned_at;
-- What a database that grew to 1,000,000 cases over two years has had done long ago: its dead rows (the update of
-- last_event_id above) vacuumed, its statistics gathered, its pages written out; so the runs after the load measure
-- the volume, not autovacuum of 1,000,000 dead rows or a checkpoint's full-page writes after a bulk load.
vacuum (analyze) resident_case;
vacuum (analyze) case_event;
analyze;
checkpoint;
