-- The network's data-protection officer (issue 4): a membership without organisation that may search the audit log.
alter table membership drop constraint membership_role_check;
alter table membership add constraint membership_role_check
    check (role in ('COORDINATOR', 'PARTNER_ADMIN', 'PROFESSIONAL', 'VOLUNTEER', 'DATA_PROTECTION_OFFICER'));
alter table membership add constraint membership_officer_without_organisation
    check (role <> 'DATA_PROTECTION_OFFICER' or organisation_id is null);
