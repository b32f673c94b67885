-- Invitations keep the name the coordinator typed (offered to the invitee) and can be cancelled.
alter table account_link add column display_name varchar(200);
alter table account_link add column cancelled_at timestamptz;

create index account_link_pending_invitation_idx on account_link (network_id, created_at desc)
    where purpose = 'INVITATION' and used_at is null and cancelled_at is null;
create index account_link_email_idx on account_link (lower(email));
