-- :cases realistic cases with their case_event rows, set-based (one INSERT ... SELECT per table, no loop), over the
-- two years before :'now'. Every case follows a path the state machine allows, drawn from deterministic
-- pseudo-random numbers bench.u(case, k) (the same N gives the same data):
--   submitted (07:00-22:00 local, a little more recently) and routed in the same instant, to a deputy of the venue;
--   venues by popularity: 70 % Zipf over the 1,400 ranks (the busiest venue ~7 %, the top 14 ~25 %), 30 % uniform;
--   categories by weight (reference.sql); 1 % go to the administrators' queue and expire after 30 days;
--   2.5 % rejected; 2 % withdrawn after acceptance; 0.7 % taken on and never answered (open, overdue);
--   3 % declined and 8 % escalated (accept deadline missed) to another deputy of the venue;
--   accepted within the accept hours (skewed early); 70 % started; 5 % ask for information (the clock pauses);
--   25 % referred to the category's department, which replies in 1-15 days;
--   8 % answered late (after the resolve deadline, marked overdue; 35 % supervised, 25 % urged), others when ready;
--   rated satisfied 60 %, basically satisfied 20 %, unsatisfied 7 % (reopened; up to two reopenings, then closed
--   unsatisfied), unrated 13 % (closed by the rating window of 7 days); 15 % carry a message from the resident.
-- Events after :'now' do not exist yet, so recent cases are open in every status. The case row is the case as of
-- :'now' (status, holder, deadlines, counters), exactly as the application would have left it.
-- Needs reference.sql first. Checks (foreign keys) are skipped for the load: the rows are correct by construction.
-- The secondary indexes are built after the rows (below).
\set ON_ERROR_STOP on
\timing on

create function bench.u(g bigint, k int) returns float8 language sql immutable parallel safe
    as $$ select (hashint8extended(g, k) & 2147483647)::float8 / 2147483648.0 $$;
create function bench.hours(h float8) returns interval language sql immutable parallel safe
    as $$ select h * interval '1 hour' $$;
create function bench.rating(u float8, satisfied float8, basically float8, unsatisfied float8) returns text
    language sql immutable parallel safe
    as $$ select case when u < satisfied then 'S' when u < basically then 'B' when u < unsatisfied then 'U' else 'N' end $$;
-- a rating's time: within three days, or when the 7-day rating window has passed (unrated)
create function bench.rated(r text, answered timestamptz, u float8) returns timestamptz language sql immutable parallel safe
    as $$ select case when r = 'N' then answered + interval '7 days' + bench.hours(u) else answered + bench.hours(0.5 + u * u * 72) end $$;

select coalesce(max(id), 0) as case_base from resident_case \gset
select max(id) - 1400 as venue_base from venue \gset

create unlogged table bench.plan as
select a.g, :case_base + a.g as case_id, vr.venue_id, cp.category_id, cp.accept_hours, cp.resolve_hours,
       cp.department_id, a.fate, a.redirect, a.anonymous,
       case when a.fate = 'Q' then null else d1.deputy_id end as d1, d2.deputy_id as d2,
       t.t0, t.t_route, t.t_redirect, t.t_reject, t.t_expire, t.t_acc, w.t_msg, w.t_withdraw, w.t_work, i.t_req, i.t_prov,
       f.t_ref, f.t_rep, f.resolve_due, r.t_resp1, o.t_overdue,
       case when o.t_overdue is not null and bench.u(a.g, 21) < 0.35
                 and o.t_overdue + bench.hours(20 + bench.u(a.g, 22) * 30) < coalesce(r.t_resp1, 'infinity')
            then o.t_overdue + bench.hours(20 + bench.u(a.g, 22) * 30) end as t_sup,
       case when o.t_overdue is not null and bench.u(a.g, 23) < 0.25
                 and o.t_overdue + bench.hours(50 + bench.u(a.g, 24) * 20) < coalesce(r.t_resp1, 'infinity')
            then o.t_overdue + bench.hours(50 + bench.u(a.g, 24) * 20) end as t_urge,
       k1.r1, k1.t_rate1, k2.t_resp2, k2.r2, k2.t_rate2, k3.t_resp3, k3.r3, k3.t_rate3
from (select g,
             case when bench.u(g, 1) < 0.7 then least(1400, floor(exp(bench.u(g, 2) * ln(1401))))::int
                  else 1 + floor(bench.u(g, 2) * 1400)::int end as venue_rank,
             floor(bench.u(g, 3) * 100)::int as category_slot,
             case when bench.u(g, 4) < 0.01 then 'Q' when bench.u(g, 4) < 0.035 then 'J' when bench.u(g, 4) < 0.055 then 'W'
                  when bench.u(g, 4) < 0.062 then 'S' else 'N' end as fate,
             bench.u(g, 33) < 0.2 as anonymous
      from generate_series(1, :cases) g) a0
cross join lateral (select a0.*, case when a0.fate in ('N', 'S', 'W') then case when bench.u(a0.g, 5) < 0.03 then 'DECLINE'
                        when bench.u(a0.g, 5) < 0.11 then 'ESCALATE' end end as redirect offset 0) a
join bench.venue_rank vr on vr.r = a.venue_rank
join bench.category_pick cp on cp.slot = a.category_slot
join bench.venue_deputy d1 on d1.venue_id = vr.venue_id and d1.k = floor(bench.u(a.g, 28) * d1.n)::int
join bench.venue_deputy d2 on d2.venue_id = vr.venue_id and d2.k = (d1.k + 1) % d1.n
cross join lateral (
    select s.t0, s.t0 + interval '200 milliseconds' as t_route, s.t_redirect,
           case when a.fate = 'J' then s.t0 + bench.hours(0.5 + bench.u(a.g, 6) * 10) end as t_reject,
           case when a.fate = 'Q' then s.t0 + interval '30 days' + bench.hours(bench.u(a.g, 6)) end as t_expire,
           case when a.fate in ('N', 'S', 'W') then case when s.t_redirect is null
                then s.t0 + bench.hours(0.05 + cp.accept_hours * 0.95 * power(bench.u(a.g, 7), 2.2))
                else s.t_redirect + bench.hours(0.1 + power(bench.u(a.g, 7), 2) * least(12, cp.accept_hours * 0.9)) end end as t_acc
    from (select b.t0, case a.redirect when 'DECLINE' then b.t0 + bench.hours(1 + bench.u(a.g, 6) * 5)
                                       when 'ESCALATE' then b.t0 + bench.hours(cp.accept_hours) + interval '30 seconds' end as t_redirect
          from (select least(:'now'::timestamptz - interval '1 minute',
                             ((((:'now'::timestamptz at time zone 'Asia/Shanghai')::date - floor(730 * power(bench.u(a.g, 8), 1.15))::int)
                               + bench.hours(7 + 15 * bench.u(a.g, 9))) at time zone 'Asia/Shanghai')) as t0) b) s
    offset 0) t
cross join lateral (
    select case when t.t_acc is not null and bench.u(a.g, 10) < 0.15 then t.t_acc + interval '10 minutes' end as t_msg,
           case when a.fate = 'W' then t.t_acc + bench.hours(2 + bench.u(a.g, 11) * 46) end as t_withdraw,
           case when a.fate in ('N', 'S') and bench.u(a.g, 12) < 0.7 then t.t_acc + bench.hours(0.2 + bench.u(a.g, 13) * 4) end as t_work
    offset 0) w
cross join lateral (
    select q.t_req, q.t_req + bench.hours(2 + bench.u(a.g, 15) * 70) as t_prov
    from (select case when a.fate in ('N', 'S') and bench.u(a.g, 14) < 0.05
                      then coalesce(w.t_work, t.t_acc) + bench.hours(0.5 + bench.u(a.g, 16) * 24) end as t_req) q
    offset 0) i
cross join lateral (
    select q.t_ref, case when a.fate = 'N' or bench.u(a.g, 19) < 0.5 then q.t_ref + bench.hours(24 + power(bench.u(a.g, 18), 1.5) * 336) end as t_rep,
           t.t_route + bench.hours(cp.resolve_hours) + coalesce(i.t_prov - i.t_req, interval '0') as resolve_due
    from (select case when a.fate in ('N', 'S') and bench.u(a.g, 17) < 0.25
                      then coalesce(i.t_prov, w.t_work, t.t_acc) + bench.hours(1 + bench.u(a.g, 20) * 24) end as t_ref) q
    offset 0) f
cross join lateral (
    select case when a.fate = 'N' then case when bench.u(a.g, 25) < 0.08
                    then greatest(q.ready, f.resolve_due + bench.hours(72 + bench.u(a.g, 26) * 400)) else q.ready end end as t_resp1
    from (select coalesce(f.t_rep, i.t_prov, w.t_work, t.t_acc)
                 + bench.hours(0.5 + power(bench.u(a.g, 27), 2) * cp.resolve_hours * 0.6) as ready) q
    offset 0) r
cross join lateral (
    select case when a.fate in ('N', 'S') and (r.t_resp1 is null or r.t_resp1 > f.resolve_due)
                then f.resolve_due + interval '60 seconds' end as t_overdue
    offset 0) o
cross join lateral (
    select q.r1, bench.rated(q.r1, r.t_resp1, bench.u(a.g, 30)) as t_rate1
    from (select case when r.t_resp1 is not null then bench.rating(bench.u(a.g, 29), 0.60, 0.80, 0.87) end as r1) q
    offset 0) k1
cross join lateral (
    select q.t_resp2, q.r2, bench.rated(q.r2, q.t_resp2, bench.u(a.g, 32)) as t_rate2
    from (select case when k1.r1 = 'U' then k1.t_rate1 + bench.hours(12 + bench.u(a.g, 31) * 120) end as t_resp2,
                 case when k1.r1 = 'U' then bench.rating(bench.u(a.g, 34), 0.55, 0.80, 0.90) end as r2) q
    offset 0) k2
cross join lateral (
    select q.t_resp3, q.r3, bench.rated(q.r3, q.t_resp3, bench.u(a.g, 36)) as t_rate3
    from (select case when k2.r2 = 'U' then k2.t_rate2 + bench.hours(12 + bench.u(a.g, 35) * 120) end as t_resp3,
                 case when k2.r2 = 'U' then bench.rating(bench.u(a.g, 37), 0.40, 0.65, 0.90) end as r3) q
    offset 0) k3;

create function bench.closed_as(r text) returns text language sql immutable parallel safe
    as $$ select case r when 'S' then 'SATISFIED' when 'B' then 'BASICALLY_SATISFIED' when 'U' then 'UNSATISFIED' else 'UNRATED' end $$;
create function bench.rating_name(r text) returns text language sql immutable parallel safe
    as $$ select case r when 'S' then 'SATISFIED' when 'B' then 'BASICALLY_SATISFIED' when 'U' then 'UNSATISFIED' end $$;

-- The secondary indexes are dropped for the load and built afterwards from their own definitions: built from
-- sorted rows they take minutes at 10M cases, kept up row by row (random pages of 12 indexes) they take hours.
-- Primary keys and unique constraints stay (the ids and tracking codes arrive in order, so they append).
create table bench.saved_index as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = 'public' and i.tablename in ('resident_case', 'case_event', 'referral')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
do $$ declare r record; begin
    for r in select indexname from bench.saved_index loop execute format('drop index public.%I', r.indexname); end loop;
end $$;

set session_replication_role = replica;

-- a case's events get ids case_id * 24 + 1.., in time order (at most 22 steps)
insert into resident_case (id, tracking_code, secret_hash, venue_id, category_id, status, text, anonymous, contact_consent,
                           assigned_deputy_id, assigned_venue_id, routing_rule, routing_reason_zh, routing_reason_en,
                           department_id, accept_due_at, resolve_due_at, rate_due_at, paused_at, paused_seconds, assigned_at,
                           overdue, supervised, reopen_count, rating, rated_at, closed_as, submitted_at, accepted_at,
                           responded_at, closed_at, last_event_id, created_at, updated_at, version)
select p.case_id, 'B' || lpad(upper(to_hex(p.case_id)), 11, '0'), md5(p.case_id::text) || md5(p.g::text), p.venue_id,
       p.category_id, s.status,
       (array['小区门口垃圾堆放多日无人清运，希望尽快处理。', '路口红绿灯时间太短，老人过马路不安全。', '物业收费不透明，电梯经常停运。',
              '老旧小区加装电梯的补贴怎么申请？', '夜间施工噪声很大，影响休息。', '公园绿化带被占用停车。', '楼道里的水管漏水一个月了。',
              '希望学校门口增加上下学时段的交通疏导。', '社区卫生服务中心的开放时间能否延长？', '医保异地结算办理太麻烦。',
              '小区周边路灯坏了好几盏，晚上不安全。', '建议在社区增设老年食堂。'])[1 + p.g % 12],
       p.anonymous, not p.anonymous and p.g % 3 = 0,
       h.deputy, case when h.deputy is not null then p.venue_id end,
       case when p.fate = 'Q' then 'ADMIN_QUEUE' when p.t_redirect <= :'now' then 'LEAST_LOADED' else 'ON_DUTY_TODAY' end,
       case when p.fate = 'Q' then '联系点暂无可接单的代表，已转入工作人员队列' else '今天在这里值班的代表' end,
       case when p.fate = 'Q' then 'no deputy could take it: the staff queue' else 'a deputy on duty here today' end,
       case when s.status = 'REFERRED' then p.department_id end,
       case when s.status = 'ASSIGNED' then coalesce(case when p.t_redirect <= :'now' then p.t_redirect end, p.t_route)
                                             + bench.hours(p.accept_hours) end,
       case when s.status = 'REOPENED' then case when p.t_rate2 <= :'now' then p.t_rate2 else p.t_rate1 end + bench.hours(p.resolve_hours)
            when s.status in ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'REFERRED') then p.resolve_due
            when s.status = 'AWAITING_INFO' then p.t_route + bench.hours(p.resolve_hours) end,
       case when s.status = 'RESPONDED' then case when p.t_resp3 <= :'now' then p.t_resp3 when p.t_resp2 <= :'now' then p.t_resp2
            else p.t_resp1 end + interval '7 days' end,
       case when s.status = 'AWAITING_INFO' then p.t_req end,
       case when p.t_prov <= :'now' then extract(epoch from p.t_prov - p.t_req)::bigint else 0 end,
       coalesce(case when p.t_redirect <= :'now' then p.t_redirect end, p.t_route),
       coalesce(p.t_overdue <= :'now', false), coalesce(p.t_overdue <= :'now' or p.t_sup <= :'now', false),
       (coalesce(p.t_rate1 <= :'now' and p.r1 = 'U', false))::int + (coalesce(p.t_rate2 <= :'now' and p.r2 = 'U', false))::int,
       bench.rating_name(case when p.t_rate3 <= :'now' and p.r3 <> 'N' then p.r3 when p.t_rate2 <= :'now' and p.r2 <> 'N' then p.r2
                              when p.t_rate1 <= :'now' and p.r1 <> 'N' then p.r1 end),
       case when p.t_rate3 <= :'now' and p.r3 <> 'N' then p.t_rate3 when p.t_rate2 <= :'now' and p.r2 <> 'N' then p.t_rate2
            when p.t_rate1 <= :'now' and p.r1 <> 'N' then p.t_rate1 end,
       case when s.status = 'CLOSED' then case when p.fate = 'Q' then 'EXPIRED'
            else bench.closed_as(coalesce(p.r3, case when p.r2 <> 'U' then p.r2 end, case when p.r1 <> 'U' then p.r1 end)) end end,
       p.t0, case when p.t_acc <= :'now' then p.t_acc end,
       case when p.t_resp3 <= :'now' then p.t_resp3 when p.t_resp2 <= :'now' then p.t_resp2 when p.t_resp1 <= :'now' then p.t_resp1 end,
       case when s.status = 'CLOSED' then coalesce(p.t_expire, p.t_rate3, case when p.r2 <> 'U' then p.t_rate2 end, p.t_rate1) end,
       p.case_id * 24 + (select count(*) from unnest(array[p.t0, p.t_route, p.t_redirect, p.t_reject, p.t_expire, p.t_acc, p.t_msg,
           p.t_withdraw, p.t_work, p.t_req, p.t_prov, p.t_ref, p.t_rep, p.t_overdue, p.t_sup, p.t_urge, p.t_resp1, p.t_rate1,
           p.t_resp2, p.t_rate2, p.t_resp3, p.t_rate3]) at where at <= :'now'),
       p.t0, :'now'::timestamptz, 0
from bench.plan p
-- where the case stands now: its latest status change
cross join lateral (select case
        when p.t_reject <= :'now' then 'REJECTED'
        when p.t_expire <= :'now' then 'CLOSED'
        when p.t_withdraw <= :'now' then 'WITHDRAWN'
        when p.t_rate3 <= :'now' then 'CLOSED'
        when p.t_resp3 <= :'now' then 'RESPONDED'
        when p.t_rate2 <= :'now' then case when p.r2 = 'U' then 'REOPENED' else 'CLOSED' end
        when p.t_resp2 <= :'now' then 'RESPONDED'
        when p.t_rate1 <= :'now' then case when p.r1 = 'U' then 'REOPENED' else 'CLOSED' end
        when p.t_resp1 <= :'now' then 'RESPONDED'
        when p.t_rep <= :'now' then 'IN_PROGRESS'
        when p.t_ref <= :'now' then 'REFERRED'
        when p.t_prov <= :'now' then 'IN_PROGRESS'
        when p.t_req <= :'now' then 'AWAITING_INFO'
        when p.t_work <= :'now' then 'IN_PROGRESS'
        when p.t_acc <= :'now' then 'ACCEPTED'
        else 'ASSIGNED' end as status offset 0) s
cross join lateral (select case when p.t_redirect <= :'now' then p.d2 else p.d1 end as deputy offset 0) h;

-- a status change carries its place in the chain (seq) and the status it leads to; the other events (messages,
-- overdue marks, supervision, urges) leave the status as the latest change before them left it
insert into case_event (id, case_id, type, from_status, to_status, actor_role, actor_id, note, public, note_public,
                        deputy_id, department_id, created_at)
select p.case_id * 24 + e.rank, p.case_id, e.type, coalesce(e.before, 'SUBMITTED'), e.after, e.actor_role,
       case e.actor_role when 'DEPUTY' then case when e.type = 'DECLINE' then p.d1 when p.t_redirect <= e.at then p.d2 else p.d1 end
                         when 'DEPARTMENT' then p.department_id end,
       e.note, e.type not in ('MARK_OVERDUE', 'SUPERVISE', 'URGE'), e.note_public,
       case when p.t_redirect <= e.at then p.d2 else p.d1 end,
       case when p.t_ref <= e.at and (p.t_rep is null or e.at <= p.t_rep) then p.department_id end, e.at
from bench.plan p
cross join lateral (
    select x.type, x.at, x.actor_role, x.note, x.note_public, row_number() over w as rank,
           substr(max(x.marker) over w, 3) as after,
           substr(max(x.marker) over (order by x.at rows between unbounded preceding and 1 preceding), 3) as before
    from (select v.*, lpad(v.seq::text, 2, '0') || v.status as marker
          from (values (1, 'SUBMITTED', p.t0, 'SUBMITTED', 'RESIDENT', null, false),
                       (2, 'ROUTE', p.t_route, 'ASSIGNED', 'SYSTEM', case when p.fate = 'Q' then '联系点暂无可接单的代表，已转入工作人员队列' else '今天在这里值班的代表' end, true),
                       (3, p.redirect, p.t_redirect, 'ASSIGNED', case when p.redirect = 'DECLINE' then 'DEPUTY' else 'SYSTEM' end,
                        case when p.redirect = 'DECLINE' then '不在本人联系范围' else '超时未接单，已转其他代表' end, p.redirect = 'ESCALATE'),
                       (4, 'REJECT', p.t_reject, 'REJECTED', 'DEPUTY', '不属于代表联系群众的范围，请拨打 12345', true),
                       (5, 'EXPIRE', p.t_expire, 'CLOSED', 'SYSTEM', null, false),
                       (6, 'ACCEPT', p.t_acc, 'ACCEPTED', 'DEPUTY', null, false),
                       (0, 'ADD_MESSAGE', p.t_msg, null, 'RESIDENT', '补充：情况仍然存在', true),
                       (7, 'WITHDRAW', p.t_withdraw, 'WITHDRAWN', 'RESIDENT', '已自行解决', true),
                       (8, 'START_WORK', p.t_work, 'IN_PROGRESS', 'DEPUTY', null, false),
                       (9, 'REQUEST_INFO', p.t_req, 'AWAITING_INFO', 'DEPUTY', '请补充具体位置', true),
                       (10, 'PROVIDE_INFO', p.t_prov, 'IN_PROGRESS', 'RESIDENT', '在小区东门', true),
                       (11, 'REFER', p.t_ref, 'REFERRED', 'DEPUTY', '请协助处理', false),
                       (12, 'DEPARTMENT_REPLY', p.t_rep, 'IN_PROGRESS', 'DEPARTMENT', '已安排处理', false),
                       (0, 'MARK_OVERDUE', p.t_overdue, null, 'SYSTEM', null, false),
                       (0, 'SUPERVISE', p.t_sup, null, 'ADMIN', '请加快办理', false),
                       (0, 'URGE', p.t_urge, null, 'ADMIN', '群众再次反映', false),
                       (13, 'RESPOND', p.t_resp1, 'RESPONDED', 'DEPUTY', '已协调相关部门处理完毕', true),
                       (14, case when p.r1 = 'N' then 'CLOSE_UNRATED' else 'RATE' end, p.t_rate1,
                        case when p.r1 = 'U' then 'REOPENED' else 'CLOSED' end, case when p.r1 = 'N' then 'SYSTEM' else 'RESIDENT' end, null, p.r1 <> 'N'),
                       (15, 'RESPOND', p.t_resp2, 'RESPONDED', 'DEPUTY', '已重新办理', true),
                       (16, case when p.r2 = 'N' then 'CLOSE_UNRATED' else 'RATE' end, p.t_rate2,
                        case when p.r2 = 'U' then 'REOPENED' else 'CLOSED' end, case when p.r2 = 'N' then 'SYSTEM' else 'RESIDENT' end, null, p.r2 <> 'N'),
                       (17, 'RESPOND', p.t_resp3, 'RESPONDED', 'DEPUTY', '已重新办理', true),
                       (18, case when p.r3 = 'N' then 'CLOSE_UNRATED' else 'RATE' end, p.t_rate3, 'CLOSED',
                        case when p.r3 = 'N' then 'SYSTEM' else 'RESIDENT' end, null, p.r3 <> 'N'))
               v(seq, type, at, status, actor_role, note, note_public)
          where v.at <= :'now') x
    window w as (order by x.at rows between unbounded preceding and current row)) e;

insert into referral (case_id, department_id, note, reply, opened_at, replied_at, closed_at)
select case_id, department_id, '请协助处理', case when t_rep <= :'now' then '已安排处理' end, t_ref,
       case when t_rep <= :'now' then t_rep end, case when t_rep <= :'now' then t_rep end
from bench.plan where t_ref <= :'now';

set session_replication_role = origin;

do $$ declare r record; begin
    for r in select indexdef from bench.saved_index loop execute r.indexdef; end loop;
end $$;

select setval('resident_case_id_seq', (select max(id) from resident_case));
select setval('case_event_id_seq', (select max(id) from case_event));
insert into deputy_load (deputy_id, open_cases, last_assigned_at)
select assigned_deputy_id, count(*) filter (where status not in ('CLOSED', 'REJECTED', 'WITHDRAWN')), max(assigned_at)
from resident_case where assigned_deputy_id is not null group by assigned_deputy_id
on conflict (deputy_id) do update set open_cases = excluded.open_cases, last_assigned_at = excluded.last_assigned_at;
