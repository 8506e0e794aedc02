-- Closed months per category, per deputy and per department (StatsMonths, MonthlyTable): for a question about one of
-- these alone (grouped or filtered by it, with no venue or region in it), a month is one row per category, deputy
-- or department (12, ~8,300, ~25) instead of its ~120,000 daily rows and their buckets (at 1,000,000 cases). Same
-- columns as stats_monthly_venue, keyed by the dimension instead of the venue; 0 stands for "no deputy" and "no
-- department" as in stats_daily. Filled here for the months already closed, from their days.
do $$
declare
    measures text := 'received, accepted, responded, closed, rejected, withdrawn, referred, reopened, supervised, urged,'
        || ' went_overdue, accept_decided, accept_on_time, resolve_decided, resolve_on_time, satisfied,'
        || ' basically_satisfied, unsatisfied, unrated, accept_seconds, response_seconds';
    sums text;
    dimension text;
begin
    select string_agg('sum(' || m || ')', ', ') into sums from unnest(string_to_array(measures, ', ')) m;
    foreach dimension in array array['category', 'deputy', 'department'] loop
        execute format('create table stats_monthly_%1$s (like stats_monthly_venue including defaults)', dimension);
        execute format('alter table stats_monthly_%1$s drop column venue_id, add column %1$s_id bigint not null,'
            || ' add primary key (day, %1$s_id)', dimension);
        execute format('insert into stats_monthly_%1$s (day, %1$s_id, %2$s) select date_trunc(''month'', day)::date,'
            || ' %1$s_id, %3$s from stats_daily where date_trunc(''month'', day)::date in (select month from stats_month_closed)'
            || ' group by 1, 2', dimension, measures, sums);
        execute format('with h as (select date_trunc(''month'', day)::date as day, %1$s_id as id,'
            || ' (measure - 1) * 30 + bucket + 1 as slot, sum(cases)::int as cases from stats_daily_histogram'
            || ' where date_trunc(''month'', day)::date in (select month from stats_month_closed) group by 1, 2, 3)'
            || ' insert into stats_monthly_%1$s (day, %1$s_id, buckets)'
            || ' select k.day, k.id, array_agg(coalesce(h.cases, 0) order by i.slot)'
            || ' from (select distinct day, id from h) k cross join generate_series(1, 60) i(slot)'
            || ' left join h on h.day = k.day and h.id = k.id and h.slot = i.slot group by 1, 2'
            || ' on conflict (day, %1$s_id) do update set buckets = excluded.buckets', dimension);
    end loop;
end
$$;
