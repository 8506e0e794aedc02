-- The administration's own numbering of venues and deputies, so a spreadsheet imported again updates
-- the same records instead of adding new ones. Optional: records made through the API may have none.
alter table venue add column external_code varchar(64);
alter table venue add constraint venue_external_code_key unique (external_code);
alter table deputy add column external_code varchar(64);
alter table deputy add constraint deputy_external_code_key unique (external_code);
