-- A closed month's buckets live in its venue row: one array of 60 counts (time to accept, buckets 0..29, then time to
-- first response, buckets 0..29; StatsHistogram), instead of a row per measure and occupied bucket. A question over
-- closed months then reads one row per venue and month for everything it sums (1,400 a month instead of ~50,000
-- bucket rows), and element (measure - 1) * 30 + bucket + 1 is what the old row counted.
alter table stats_monthly_venue add column buckets integer[] not null default array_fill(0, array[60]);

insert into stats_monthly_venue (day, venue_id, buckets)
select k.day, k.venue_id, array_agg(coalesce(h.cases, 0) order by i.i)
from (select distinct day, venue_id from stats_monthly_venue_histogram) k
cross join generate_series(1, 60) i(i)
left join stats_monthly_venue_histogram h
       on h.day = k.day and h.venue_id = k.venue_id and (h.measure - 1) * 30 + h.bucket + 1 = i.i
group by k.day, k.venue_id
on conflict (day, venue_id) do update set buckets = excluded.buckets;

drop table stats_monthly_venue_histogram;
