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
     h as (select sum(cases) filter (where measure = 1) accept_histogram from stats_daily_histogram)
select figure, a, b, case when a = b then 'ok' else 'MISMATCH' end
from r, c, h, lateral (values ('received', r.received, c.received), ('accepted', r.accepted, c.accepted),
    ('accepted(histogram)', h.accept_histogram, c.accepted), ('closed', r.closed, c.closed),
    ('rejected', r.rejected, c.rejected), ('withdrawn', r.withdrawn, c.withdrawn), ('referred', r.referred, c.referred),
    ('reopened', r.reopened, c.reopened), ('wentOverdue', r.went_overdue, c.went_overdue),
    ('satisfied', r.satisfied, c.satisfied), ('basicallySatisfied', r.basically, c.basically),
    ('unsatisfied', r.unsatisfied, c.unsatisfied), ('unrated', r.unrated, c.unrated)) v(figure, a, b);
