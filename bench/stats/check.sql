-- The rebuilt rollups against the cases themselves: one line per figure, "figure rollups cases ok|MISMATCH".
with r as (select sum(received) received, sum(accepted) accepted, sum(closed) closed, sum(rejected) rejected,
                  sum(withdrawn) withdrawn, sum(referred) referred, sum(reopened) reopened, sum(went_overdue) went_overdue,
                  sum(satisfied) satisfied, sum(basically_satisfied) basically, sum(unsatisfied) unsatisfied,
                  sum(unrated) unrated from stats_daily),
     c as (select count(*) received, count(accepted_at) accepted, count(*) filter (where status = 'CLOSED') closed,
                  count(*) filter (where status = 'REJECTED') rejected, count(*) filter (where status = 'WITHDRAWN') withdrawn,
                  (select count(*) from referral) referred, sum(reopen_count) reopened, count(*) filter (where overdue) went_overdue,
                  count(*) filter (where closed_as = 'SATISFIED') satisfied,
                  count(*) filter (where closed_as = 'BASICALLY_SATISFIED') basically,
                  count(*) filter (where closed_as = 'UNSATISFIED') unsatisfied,
                  count(*) filter (where closed_as in ('UNRATED', 'EXPIRED')) unrated from resident_case),
     h as (select sum(cases) filter (where measure = 1) accept_histogram from stats_daily_histogram),
     -- the closed months' sums (each table, counters and bucket arrays) against their days
     closed_days as (select sum(received) received, sum(accepted) accepted from stats_daily
                     where date_trunc('month', day)::date in (select month from stats_month_closed)),
     closed_buckets as (select sum(cases) cases from stats_daily_histogram
                        where date_trunc('month', day)::date in (select month from stats_month_closed)),
     m as (select t, sum(received) received, sum(accepted) accepted,
                  sum((select sum(x) from unnest(buckets) x)) cases
           from (select 'Venue' t, received, accepted, buckets from stats_monthly_venue
                 union all select 'Category', received, accepted, buckets from stats_monthly_category
                 union all select 'Deputy', received, accepted, buckets from stats_monthly_deputy
                 union all select 'Department', received, accepted, buckets from stats_monthly_department) u group by t),
     months as (select 'month' || m.t || '.' || v.figure figure, v.a, v.b from m, closed_days d, closed_buckets b,
                lateral (values ('Received', m.received, d.received), ('Accepted', m.accepted, d.accepted),
                                ('Buckets', m.cases, b.cases)) v(figure, a, b))
select figure, a, b, case when a = b then 'ok' else 'MISMATCH' end from months
union all
select figure, a, b, case when a = b then 'ok' else 'MISMATCH' end
from r, c, h, lateral (values ('received', r.received, c.received), ('accepted', r.accepted, c.accepted),
    ('accepted(histogram)', h.accept_histogram, c.accepted), ('closed', r.closed, c.closed),
    ('rejected', r.rejected, c.rejected), ('withdrawn', r.withdrawn, c.withdrawn), ('referred', r.referred, c.referred),
    ('reopened', r.reopened, c.reopened), ('wentOverdue', r.went_overdue, c.went_overdue),
    ('satisfied', r.satisfied, c.satisfied), ('basicallySatisfied', r.basically, c.basically),
    ('unsatisfied', r.unsatisfied, c.unsatisfied), ('unrated', r.unrated, c.unrated)) v(figure, a, b);
