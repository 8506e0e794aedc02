-- A DATES duty may list a whole leap year: 366 ISO dates and 365 commas are 4,025 characters,
-- more than the 4,000 V1 allowed.
alter table duty alter column dates type varchar(4100);
