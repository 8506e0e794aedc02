-- Web Push (issue 12): the resident's browser subscriptions per case, added from the tracking page with the case
-- secret (notification/PushSubscriptionResource). Deleted when the case is scrubbed (notification/ScrubCleanup) and
-- when the push service answers 404/410 (notification/channel/WebPushChannel).
create table push_subscription (
    id         bigserial     primary key,
    case_id    bigint        not null references resident_case (id),
    -- the push service's https URL for this browser; a capability, so never shown back
    endpoint   varchar(1024) not null,
    -- the browser's P-256 public key (65-byte uncompressed point) and auth secret (16 bytes), base64url
    p256dh     varchar(100)  not null,
    auth       varchar(32)   not null,
    created_at timestamptz   not null,
    unique (case_id, endpoint)
);

-- The language of the page the resident submitted from (zh-CN or en), for the resident's messages; null: unknown
-- (older cases, API clients that did not say), which falls back to liaison.notify.default-language.
alter table resident_case add column resident_language varchar(8)
    check (resident_language is null or resident_language in ('zh-CN', 'en'));
