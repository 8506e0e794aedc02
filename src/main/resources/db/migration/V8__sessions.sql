-- Device sessions behind refresh tokens, and the per-account token generation that revokes access tokens.

-- Raised when every token of an account must stop working (disabled, password reset, all sessions ended);
-- access tokens carry the generation they were issued under.
alter table account add column token_generation integer not null default 0;

-- One signed-in device: what the user sees under "my sessions", and what a refresh token is bound to.
create table auth_session (
    id                 bigserial primary key,
    account_id         bigint       not null references account (id),
    device_label       varchar(100),
    client_address     varchar(64)  not null,
    created_at         timestamptz  not null,
    last_used_at       timestamptz  not null,
    -- sliding: each refresh moves it, never past expires_at
    refresh_expires_at timestamptz  not null,
    -- absolute: the session ends here however often it is refreshed
    expires_at         timestamptz  not null,
    revoked_at         timestamptz,
    revoked_reason     varchar(32),
    check (refresh_expires_at <= expires_at)
);
create index auth_session_account_idx on auth_session (account_id) where revoked_at is null;
-- the revocation check reloads recently revoked sessions after a reconnect
create index auth_session_revoked_idx on auth_session (revoked_at) where revoked_at is not null;

-- Every refresh token a session was given, as the hex SHA-256 of its 256 random bits. Used ones stay (until
-- their lifetime has passed) so that presenting one again is recognised as theft.
create table refresh_token (
    token_hash varchar(64)  primary key,
    session_id bigint       not null references auth_session (id) on delete cascade,
    issued_at  timestamptz  not null,
    used_at    timestamptz
);
create index refresh_token_session_idx on refresh_token (session_id);
