-- Replaying a deputy's or a department's missed events (SSE Last-Event-ID) reads only its own rows.
create index case_event_deputy_idx on case_event (deputy_id, id) where deputy_id is not null;
create index case_event_department_idx on case_event (department_id, id) where department_id is not null;
