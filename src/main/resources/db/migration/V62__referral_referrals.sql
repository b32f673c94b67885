-- Warm referrals between partners (issue 4, ADR 0011): what the family wants and how to engage them, each step with
-- who and when, and the reminders of referrals that wait. Personal data: under row-level security per network, like
-- the family tables (V60).

create table referral (
    id                  uuid primary key,
    network_id          uuid         not null references network (id),
    family_id           uuid         not null references family (id) on delete cascade,
    request_id          uuid         not null,
    from_organisation   uuid         not null references organisation (id),
    sent_by             uuid         not null references user_account (id),
    to_organisation     uuid         not null references organisation (id),
    reason              text         not null,
    family_wishes       text         not null,
    language            varchar(35),
    interpreter_needed  boolean      not null default false,
    contact_route       varchar(500),
    contact_times       varchar(500),
    accompanied         boolean      not null default false,
    introduction_call   boolean      not null default false,
    first_visit_together boolean     not null default false,
    warm_note           varchar(1000),
    question_id         uuid,
    material_support_id uuid,
    status              varchar(20)  not null,
    status_since        timestamptz  not null,
    outcome             varchar(30),
    reminded_at         timestamptz,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint referral_other_partner check (from_organisation <> to_organisation),
    constraint referral_outcome_when_closed check ((status = 'CLOSED') = (outcome is not null))
);
-- A form sent twice (a retry after a lost answer) makes one referral.
create unique index referral_request_uk on referral (network_id, request_id);
create index referral_from_idx on referral (network_id, from_organisation, created_at desc);
create index referral_to_idx on referral (network_id, to_organisation, created_at desc);
create index referral_family_idx on referral (family_id);
create index referral_waiting_idx on referral (status_since) where status in ('SENT', 'OPENED', 'ACCEPTED', 'CONTACT_MADE');

create table referral_step (
    id              bigserial primary key,
    referral_id     uuid         not null references referral (id) on delete cascade,
    network_id      uuid         not null,
    status          varchar(20)  not null,
    outcome         varchar(30),
    decline_reason  varchar(30),
    note            varchar(1000),
    by_account      uuid         not null,
    by_organisation uuid         not null,
    at              timestamptz  not null
);
create index referral_step_referral_idx on referral_step (referral_id, id);

grant select, insert, update, delete on referral, referral_step to nestwerk_family;
grant usage on sequence referral_step_id_seq to nestwerk_family;
-- The notifications of a step are queued in the step's transaction.
grant insert on mail_outbox to nestwerk_family;
grant usage on sequence mail_outbox_id_seq to nestwerk_family;

alter table referral enable row level security;
alter table referral_step enable row level security;

create policy referral_in_network on referral to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
create policy referral_step_in_network on referral_step to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
