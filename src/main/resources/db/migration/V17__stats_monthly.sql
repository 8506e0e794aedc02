-- Whole months of the statistics rollups per venue, summed once the month is over (StatsMonths): events are counted
-- on the local day they happen, so a past month's stats_daily rows never change again, and a question over whole
-- months by venue, region or none (no deputy, department or category in it) reads one row per venue and month
-- instead of one per day, category, deputy and department. `day` is the month's first day. A month counts as
-- closed exactly when stats_month_closed has it: before that, questions read its days.
create table stats_monthly_venue (like stats_daily including defaults);
alter table stats_monthly_venue drop column category_id, drop column deputy_id, drop column department_id,
    add primary key (day, venue_id);
create table stats_monthly_venue_histogram (like stats_daily_histogram including defaults);
alter table stats_monthly_venue_histogram drop column category_id, drop column deputy_id, drop column department_id,
    add primary key (day, venue_id, measure, bucket);
create table stats_month_closed (
    month     date        primary key check (extract(day from month) = 1),
    closed_at timestamptz not null
);
