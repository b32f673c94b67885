-- Families, their members and children, and the family's consent (issue 4, ADR 0010). Personal data: every table
-- carries network_id and is protected by row-level security keyed on the network of the current transaction, as a
-- second line behind the application's checks.

create table family (
    id                         uuid primary key,
    network_id                 uuid         not null references network (id),
    registered_by_organisation uuid         not null references organisation (id),
    registered_by              uuid         not null,
    name                       varchar(200) not null,
    pseudonym                  boolean      not null default false,
    contact_route              varchar(500),
    postcode                   varchar(4),
    nis_code                   varchar(5),
    sector_code                varchar(9),
    home_languages             text[]       not null default '{}',
    interpreter_needed         boolean      not null default false,
    legal_basis                varchar(30)  not null,
    created_at                 timestamptz  not null,
    updated_at                 timestamptz  not null,
    last_contact_at            timestamptz  not null,
    anonymised_at              timestamptz
);
create index family_network_idx on family (network_id, registered_by_organisation);
create index family_name_idx on family (network_id, lower(name));

create table family_member (
    id         uuid primary key,
    family_id  uuid         not null references family (id) on delete cascade,
    network_id uuid         not null,
    name       varchar(200) not null,
    relation   varchar(30)  not null
);
create index family_member_family_idx on family_member (family_id);

create table child (
    id             uuid primary key,
    family_id      uuid        not null references family (id) on delete cascade,
    network_id     uuid        not null,
    first_name     varchar(100),
    birth_date     date        not null,
    expected       boolean     not null default false
);
create index child_family_idx on child (family_id);
create index child_network_birth_idx on child (network_id, birth_date);

create table consent (
    id                       uuid primary key,
    family_id                uuid        not null references family (id) on delete cascade,
    network_id               uuid        not null,
    given_by                 uuid        not null references family_member (id),
    organisation_id          uuid references organisation (id),
    purpose                  varchar(30) not null,
    form                     varchar(20) not null,
    recorded_by              uuid        not null,
    recorded_by_organisation uuid        not null references organisation (id),
    recorded_at              timestamptz not null,
    valid_until              date        not null,
    revoked_at               timestamptz,
    revoked_by               uuid,
    revoked_via              varchar(20),
    constraint consent_revocation_complete check ((revoked_at is null) = (revoked_via is null))
);
create index consent_family_idx on consent (family_id);
create index consent_organisation_idx on consent (network_id, organisation_id) where revoked_at is null;

-- A personal link through which the family revokes its consent itself: only the hash of its token is kept. It holds
-- no personal data and is read before the network is known, so it has no row-level policy.
create table consent_link (
    token_hash  varchar(64) primary key,
    family_id   uuid        not null references family (id) on delete cascade,
    network_id  uuid        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null
);

-- Row-level security. The application connects as a role that may bypass it (in development and tests a superuser),
-- so the family module switches each of its transactions to the role below with the current network set:
--   select set_config('role', 'nestwerk_family', true), set_config('nestwerk.network_id', '<uuid>', true)
-- Without a network set, the policies match no row.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'nestwerk_family') then
        create role nestwerk_family nologin;
    end if;
end
$$;
grant nestwerk_family to current_user;
grant usage on schema public to nestwerk_family;
grant select on network, organisation, partnership, user_account, membership to nestwerk_family;
grant select, insert, update, delete on family, family_member, child, consent, consent_link to nestwerk_family;
grant select, insert on audit_event to nestwerk_family;
grant usage on sequence audit_event_id_seq to nestwerk_family;

alter table family enable row level security;
alter table family_member enable row level security;
alter table child enable row level security;
alter table consent enable row level security;

create policy family_in_network on family to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
create policy family_member_in_network on family_member to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
create policy child_in_network on child to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
create policy consent_in_network on consent to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
