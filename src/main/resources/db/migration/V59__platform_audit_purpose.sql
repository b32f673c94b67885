-- Every read and write of a family's personal data says why it happened (issue 4: who, when, which record, which
-- purpose); the data-protection role searches the log by family.
alter table audit_event add column purpose varchar(40);
create index audit_event_personal_data_idx on audit_event (entity_type, entity_id, occurred_at desc)
    where purpose is not null;
