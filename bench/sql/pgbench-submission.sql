-- The same shape as a submission's transaction, without the application: insert a case, its two events and the
-- idempotency record, bump the deputy's counters (bench/run creates the scratch tables).
\set venue random(1, 1000)
\set deputy random(1, 3)
BEGIN;
INSERT INTO bench_case (venue_id, deputy_id, text, created_at) VALUES (:venue, :deputy, '压测留言：小区路灯不亮，请尽快处理。', now()) RETURNING id \gset
INSERT INTO bench_event (case_id, type, created_at) VALUES (:id, 'SUBMITTED', now());
INSERT INTO bench_event (case_id, type, created_at) VALUES (:id, 'ROUTE', now());
UPDATE bench_load SET open_cases = open_cases + 1 WHERE deputy_id = :deputy;
INSERT INTO bench_idempotency (key, case_id, created_at) VALUES (md5(random()::text || :id), :id, now());
END;
