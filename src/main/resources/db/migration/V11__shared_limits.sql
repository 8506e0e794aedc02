-- Limits that hold for the whole deployment, not per instance: one row per (scope, key), changed by single
-- atomic statements (see org.liaison.common.limit).

-- Fixed-window counters: login attempts per username and per address, submissions per address.
create table rate_counter (
    scope       text        not null,
    key         text        not null,
    window_ends timestamptz not null,
    hits        integer     not null,
    primary key (scope, key)
);
create index rate_counter_window_ends_idx on rate_counter (window_ends);

-- Leases on numbered slots (0 .. limit-1): open event streams per client address. A holder (one instance)
-- renews its leases while it lives; those of a dead instance expire and their slots are free again.
create table stream_lease (
    scope      text        not null,
    key        text        not null,
    slot       integer     not null,
    holder     uuid        not null,
    expires_at timestamptz not null,
    primary key (scope, key, slot)
);
create index stream_lease_holder_idx on stream_lease (holder);
create index stream_lease_expires_at_idx on stream_lease (expires_at);
