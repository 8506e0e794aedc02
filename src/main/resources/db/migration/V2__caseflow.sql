-- The case flow: what residents send, who holds it, and every change as an append-only event.

create table resident_case (
    id                   bigserial primary key,
    tracking_code        varchar(16)   not null unique,
    -- SHA-256 (hex) of the resident's capability secret; the secret itself is never stored
    secret_hash          varchar(64)   not null,
    venue_id             bigint        not null references venue (id),
    personal_deputy_id   bigint references deputy (id),
    category_id          bigint        not null references category (id),
    status               varchar(20)   not null,
    text                 varchar(4000) not null,
    -- personal data, AES-GCM encrypted with PERSONAL_DATA_KEY; null once scrubbed by retention
    resident_name_enc    varchar(400),
    resident_phone_enc   varchar(200),
    anonymous            boolean       not null,
    contact_consent      boolean       not null,
    assigned_deputy_id   bigint references deputy (id),
    assigned_venue_id    bigint references venue (id),
    routing_rule         varchar(20),
    routing_reason_zh    varchar(500),
    routing_reason_en    varchar(500),
    department_id        bigint references department (id),
    -- the deadline clock (CaseClock): a running deadline is non-null; paused while paused_at is set
    accept_due_at        timestamptz,
    resolve_due_at       timestamptz,
    rate_due_at          timestamptz,
    paused_at            timestamptz,
    paused_seconds       bigint        not null default 0,
    -- deputies who declined or let the case escalate: routing skips them (comma-separated ids)
    excluded_deputy_ids  varchar(2000) not null default '',
    assigned_at          timestamptz,
    overdue              boolean       not null default false,
    supervised           boolean       not null default false,
    reopen_count         integer       not null default 0,
    rating               varchar(24),
    rating_comment       varchar(1000),
    rated_at             timestamptz,
    closed_as            varchar(24),
    submitted_at         timestamptz   not null,
    accepted_at          timestamptz,
    responded_at         timestamptz,
    closed_at            timestamptz,
    scrubbed_at          timestamptz,
    last_event_id        bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              bigint        not null default 0
);
create index resident_case_deputy_idx on resident_case (assigned_deputy_id, last_event_id);
create index resident_case_department_idx on resident_case (department_id, last_event_id);
create index resident_case_venue_idx on resident_case (venue_id, submitted_at);
create index resident_case_accept_due_idx on resident_case (accept_due_at) where status = 'ASSIGNED';
create index resident_case_resolve_due_idx on resident_case (resolve_due_at) where overdue = false;
create index resident_case_rate_due_idx on resident_case (rate_due_at) where status = 'RESPONDED';
create index resident_case_closed_idx on resident_case (closed_at) where scrubbed_at is null;

-- Every change of a case, in order. Its id is the case's event sequence (the SSE id).
create table case_event (
    id          bigserial primary key,
    case_id     bigint       not null references resident_case (id),
    type        varchar(32)  not null,
    from_status varchar(20),
    to_status   varchar(20),
    actor_role  varchar(16)  not null,
    actor_id    bigint,
    note        varchar(4000),
    -- the event appears on the resident's timeline; its note only when note_public too
    public      boolean      not null,
    note_public boolean      not null,
    -- who held the case after the event, for the deputy's and department's streams
    deputy_id   bigint,
    department_id bigint,
    created_at  timestamptz  not null
);
create index case_event_case_idx on case_event (case_id, id);

create function case_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only';
end $$;
create trigger case_event_no_update before update or delete on case_event
    for each row execute function case_event_append_only();

-- Referrals (转办): a case handed to a department, and the department's reply.
create table referral (
    id            bigserial primary key,
    case_id       bigint        not null references resident_case (id),
    department_id bigint        not null references department (id),
    note          varchar(4000),
    reply         varchar(4000),
    opened_at     timestamptz   not null,
    replied_at    timestamptz,
    closed_at     timestamptz,
    version       bigint        not null default 0
);
create index referral_case_idx on referral (case_id);
create unique index referral_one_open_idx on referral (case_id) where closed_at is null;

-- Idempotency-Key records: the primary key makes a retried submission impossible to duplicate,
-- across crashes and instances; the stored response is replayed to the retry.
create table idempotency_record (
    scope          varchar(100) not null,
    idempotency_key varchar(255) not null,
    request_hash   varchar(64)  not null,
    response_status integer     not null,
    response_body  text         not null,
    case_id        bigint references resident_case (id),
    created_at     timestamptz  not null,
    primary key (scope, idempotency_key)
);

-- A counter per watcher (deputy or department), bumped with every change that concerns it, so the
-- mobile app's poll answers 304 from one primary-key read.
create table watch_counter (
    owner_kind varchar(12) not null check (owner_kind in ('DEPUTY', 'DEPARTMENT', 'ADMIN')),
    owner_id   bigint      not null,
    revision   bigint      not null,
    primary key (owner_kind, owner_id)
);
