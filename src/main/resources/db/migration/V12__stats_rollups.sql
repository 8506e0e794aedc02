-- Statistics rollups, kept by org.liaison.stats.StatsRollupListener in the case's own transaction and rebuilt from
-- case_event by StatsRebuild. Counts and sums only, never ratios: any period, venue set or deputy set is a SUM.
-- A row is one local day (liaison.zone) x venue x category x deputy x department; 0 stands for "no deputy"
-- (the administrators' queue) and "no department".
create table stats_daily (
    day              date    not null,
    venue_id         bigint  not null,
    category_id      bigint  not null,
    deputy_id        bigint  not null,
    department_id    bigint  not null,
    received         integer not null default 0,
    accepted         integer not null default 0,
    responded        integer not null default 0,
    closed           integer not null default 0,
    rejected         integer not null default 0,
    withdrawn        integer not null default 0,
    referred         integer not null default 0,
    reopened         integer not null default 0,
    supervised       integer not null default 0,
    urged            integer not null default 0,
    went_overdue     integer not null default 0,
    accept_decided   integer not null default 0,
    accept_on_time   integer not null default 0,
    resolve_decided  integer not null default 0,
    resolve_on_time  integer not null default 0,
    satisfied        integer not null default 0,
    basically_satisfied integer not null default 0,
    unsatisfied      integer not null default 0,
    unrated          integer not null default 0,
    accept_seconds   bigint  not null default 0,
    response_seconds bigint  not null default 0,
    primary key (day, venue_id, category_id, deputy_id, department_id)
);
create index stats_daily_deputy_idx on stats_daily (deputy_id, day);
create index stats_daily_venue_idx on stats_daily (venue_id, day);

-- Mergeable histograms of the time to first acceptance (measure 1) and to first response (measure 2): the number
-- of cases per fixed bucket (StatsHistogram), so a median or p90 of any group is read from summed buckets.
create table stats_daily_histogram (
    day           date     not null,
    venue_id      bigint   not null,
    category_id   bigint   not null,
    deputy_id     bigint   not null,
    department_id bigint   not null,
    measure       smallint not null,
    bucket        smallint not null,
    cases         integer  not null,
    primary key (day, venue_id, category_id, deputy_id, department_id, measure, bucket)
);

-- "Open now" and "overdue now" are read live from resident_case: only open cases, a small share of all.
create index resident_case_open_idx on resident_case (venue_id, category_id)
    where status not in ('CLOSED', 'REJECTED', 'WITHDRAWN');
