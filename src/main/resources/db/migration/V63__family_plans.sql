-- Family plans (issue 4): a strength-based consultation with the family at the table, the partners present and the
-- agreed steps. Personal data: every table carries network_id and is protected by row-level security as in V60.

create table family_plan (
    id                       uuid primary key,
    family_id                uuid          not null references family (id) on delete cascade,
    network_id               uuid          not null references network (id),
    consulted_on             date          not null,
    needs_and_wishes         varchar(4000) not null,
    strengths                varchar(4000) not null,
    steps_taken              varchar(4000),
    language                 varchar(2)    not null,
    follow_up_date           date,
    follow_up_reminded_at    timestamptz,
    created_by               uuid          not null references user_account (id),
    created_for_organisation uuid          not null references organisation (id),
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    version                  integer       not null default 0,
    constraint family_plan_language check (language in ('nl', 'en', 'fr'))
);
create index family_plan_family_idx on family_plan (family_id, consulted_on desc);
-- what the reminder job looks for
create index family_plan_follow_up_idx on family_plan (follow_up_date)
    where follow_up_reminded_at is null and follow_up_date is not null;

create table family_plan_partner (
    plan_id         uuid not null references family_plan (id) on delete cascade,
    network_id      uuid not null,
    organisation_id uuid not null references organisation (id),
    primary key (plan_id, organisation_id)
);

-- who does a step: a partner organisation, the family itself, or someone named
create table family_plan_step (
    id              uuid primary key,
    plan_id         uuid         not null references family_plan (id) on delete cascade,
    network_id      uuid         not null,
    position        integer      not null,
    what            varchar(500) not null,
    who_kind        varchar(20)  not null,
    organisation_id uuid references organisation (id),
    who_name        varchar(200),
    due_on          date         not null,
    done_at         timestamptz,
    done_by         uuid,
    reminded_at     timestamptz,
    constraint family_plan_step_who check (
        (who_kind = 'ORGANISATION' and organisation_id is not null)
        or (who_kind = 'FAMILY' and organisation_id is null)
        or (who_kind = 'PERSON' and who_name is not null and organisation_id is null))
);
create index family_plan_step_plan_idx on family_plan_step (plan_id, position);
create index family_plan_step_due_idx on family_plan_step (due_on) where done_at is null and reminded_at is null;

grant select, insert, update, delete on family_plan, family_plan_partner, family_plan_step to nestwerk_family;
-- the reminder job queues its mail under the family role
grant insert on mail_outbox to nestwerk_family;
grant usage on sequence mail_outbox_id_seq to nestwerk_family;

alter table family_plan enable row level security;
alter table family_plan_partner enable row level security;
alter table family_plan_step enable row level security;

create policy family_plan_in_network on family_plan to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
create policy family_plan_partner_in_network on family_plan_partner to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
create policy family_plan_step_in_network on family_plan_step to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
