-- Foundation schema: who serves where, who may log in, and the public codes printed on posters.
-- Every mutable table carries created_at/updated_at and a version column for optimistic locking.

create table department (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name_zh       varchar(200) not null,
    name_en       varchar(200),
    contact_phone varchar(40),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

create table category (
    id                    bigserial primary key,
    code                  varchar(40)  not null unique,
    name_zh               varchar(200) not null,
    name_en               varchar(200) not null,
    default_department_id bigint references department (id),
    accept_hours          integer      not null check (accept_hours between 1 and 8760),
    resolve_hours         integer      not null check (resolve_hours between 1 and 8760),
    active                boolean      not null default true,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               bigint       not null default 0
);

create table venue (
    id            bigserial primary key,
    kind          varchar(16)  not null check (kind in ('HOME', 'STATION', 'POINT')),
    parent_id     bigint references venue (id),
    name          varchar(200) not null,
    region        varchar(100) not null,
    address       varchar(500) not null,
    latitude      double precision check (latitude between -90 and 90),
    longitude     double precision check (longitude between -180 and 180),
    opening_hours varchar(500),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    -- a HOME is a root; STATION and POINT always hang under something
    check ((kind = 'HOME') = (parent_id is null))
);
create index venue_parent_idx on venue (parent_id);
create index venue_kind_region_idx on venue (kind, region);

create table deputy (
    id           bigserial primary key,
    name         varchar(100)  not null,
    level        varchar(16)   not null check (level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP', 'STREET')),
    constituency varchar(200),
    title        varchar(200),
    biography    varchar(2000),
    photo_url    varchar(500),
    phone        varchar(40),
    -- comma-separated category codes or free topic words the deputy focuses on
    topics       varchar(1000) not null default '',
    active       boolean       not null default true,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0
);

-- A deputy serving a venue, with its contact-day rule:
-- MONTHLY: the week_ordinal-th (1..5, or -1 for last) weekday of each month (Wuxi: third TUESDAY);
-- WEEKLY: every listed weekday; DATES: explicit ISO dates, comma-separated.
create table duty (
    id           bigserial primary key,
    venue_id     bigint       not null references venue (id),
    deputy_id    bigint       not null references deputy (id),
    rule_kind    varchar(16)  not null check (rule_kind in ('MONTHLY', 'WEEKLY', 'DATES')),
    week_ordinal smallint check (week_ordinal in (-1, 1, 2, 3, 4, 5)),
    weekdays     varchar(80),
    dates        varchar(4000),
    starts_at    time,
    ends_at      time,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    unique (venue_id, deputy_id)
);
create index duty_deputy_idx on duty (deputy_id);

create table account (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('admin', 'deputy', 'department')),
    deputy_id     bigint references deputy (id),
    department_id bigint references department (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    check ((role = 'deputy') = (deputy_id is not null)),
    check ((role = 'department') = (department_id is not null))
);

-- The codes printed in QR codes: /v/{code} for venues, /d/{code} for deputies.
-- Rotation retires the live code (it then answers 410) and issues the next revision.
create table public_code (
    code       varchar(16) primary key,
    owner_kind varchar(8)  not null check (owner_kind in ('VENUE', 'DEPUTY')),
    owner_id   bigint      not null,
    revision   integer     not null check (revision >= 1),
    created_at timestamptz not null default now(),
    retired_at timestamptz,
    unique (owner_kind, owner_id, revision)
);
create unique index public_code_one_live_idx on public_code (owner_kind, owner_id) where retired_at is null;
