-- The notification outbox: each row is one message to one recipient over one channel, written in the case's
-- transaction (NotificationOutbox) and delivered by the dispatchers of every instance (NotificationDispatcher).
create table notification (
    id              bigserial    primary key,
    -- sent with the message so a receiver can drop the rare repeat (an instance killed between send and record)
    message_id      uuid         not null unique,
    -- event, recipient and channel (and subscription): the same event never reaches the same recipient twice
    dedup_key       varchar(200) not null unique,
    event_id        bigint       not null references case_event (id),
    event_type      varchar(32)  not null,
    case_id         bigint       not null references resident_case (id),
    tracking_code   varchar(16)  not null,
    recipient_role  varchar(12)  not null check (recipient_role in ('RESIDENT', 'DEPUTY', 'DEPARTMENT')),
    recipient_id    bigint,
    channel         varchar(16)  not null,
    -- the resident's phone, AES-GCM ciphertext copied from resident_case; nulled when the case is scrubbed
    phone_enc       varchar(200),
    -- keyed digest of the number once sent, so the daily cap counts per phone without storing it in clear
    phone_digest    varchar(64),
    subscription_id bigint,
    template_key    varchar(40)  not null,
    language        varchar(8)   not null,
    parameters      text         not null,
    urgent          boolean      not null,
    state           varchar(12)  not null check (state in ('PENDING', 'SENT', 'DEAD', 'CANCELLED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    -- the lease of the dispatcher attempt under way: another instance takes the row only after it ends
    claimed_until   timestamptz,
    claimed_by      varchar(64),
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index notification_due_idx on notification (next_attempt_at, id) where state = 'PENDING';
create index notification_thread_idx on notification (case_id, recipient_role, channel, id) where state = 'PENDING';
create index notification_cap_idx on notification (phone_digest, sent_at) where state = 'SENT';
create index notification_state_idx on notification (state, id);
create index notification_scrub_idx on notification (case_id) where phone_enc is not null;

-- Residents who followed the unsubscribe link: nothing more is sent about that case.
create table notification_optout (
    case_id    bigint      primary key references resident_case (id),
    created_at timestamptz not null
);
