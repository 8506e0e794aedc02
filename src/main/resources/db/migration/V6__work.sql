-- A department polls the cases referred to it, now or before (CaseWorkRepository: c.id in (select case_id
-- from referral where department_id = ?)); without this index every non-304 poll read the whole referral table.
create index referral_department_idx on referral (department_id, case_id);
