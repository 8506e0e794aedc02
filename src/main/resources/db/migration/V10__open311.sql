-- Open311 GeoReport v2: the keys issued to client applications, and what a request created through Open311
-- adds to its case (the case itself is an ordinary resident_case, routed and handled like any other).

-- Only the SHA-256 of a key is kept: keys are 256-bit random strings, so a fast hash is enough and the key
-- itself, shown once at creation, can never be read back.
create table open311_api_key (
    id                    bigserial primary key,
    client_name           varchar(200) not null,
    key_prefix            varchar(16)  not null,
    key_hash              varchar(64)  not null unique,
    -- POST requests per minute for this key; null takes OPEN311_RATE_LIMIT_PER_MINUTE
    rate_limit_per_minute integer check (rate_limit_per_minute between 1 and 100000),
    created_by            varchar(64),
    revoked_at            timestamptz,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               bigint       not null default 0
);

create table open311_request (
    case_id    bigint primary key references resident_case (id),
    api_key_id bigint        not null references open311_api_key (id),
    media_url  varchar(1000),
    created_at timestamptz   not null
);
create index open311_request_key_idx on open311_request (api_key_id);

-- GET requests: newest first within a window of requested_datetime (submitted_at).
create index resident_case_submitted_idx on resident_case (submitted_at, id);
-- GET servicerequestupdates: the public timeline within a window of created_at.
create index case_event_public_created_idx on case_event (created_at, id) where public;
