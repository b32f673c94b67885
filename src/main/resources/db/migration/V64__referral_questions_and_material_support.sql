-- The questions families bring to any partner ("no wrong door") and material support registered as a contact
-- (issue 4). A question or a support linked to a family is personal data; anonymous ones live under the same
-- row-level security, keyed on the network of the current transaction (see V60).

create table question (
    id                         uuid primary key,
    network_id                 uuid          not null references network (id),
    family_id                  uuid references family (id),
    postcode                   varchar(4),
    home_language              varchar(3),
    text                       varchar(2000) not null,
    themes                     text[]        not null,
    channel                    varchar(20)   not null,
    registered_by              uuid          not null,
    registered_by_organisation uuid          not null references organisation (id),
    owner_organisation         uuid          not null references organisation (id),
    owner_person               uuid,
    status                     varchar(20)   not null,
    registered_at              timestamptz   not null,
    closed_at                  timestamptz,
    closed_by                  uuid,
    answer_note                varchar(1000),
    referral_id                uuid,
    updated_at                 timestamptz   not null,
    constraint question_status check (status in ('OPEN', 'ANSWERED', 'REFERRED')),
    constraint question_closed_when_not_open check ((status = 'OPEN') = (closed_at is null)),
    constraint question_has_themes check (cardinality(themes) > 0)
);
create index question_owner_idx on question (network_id, owner_organisation, status);
create index question_registering_idx on question (network_id, registered_by_organisation, status);
create index question_registered_at_idx on question (network_id, registered_at);
create index question_family_idx on question (family_id) where family_id is not null;

create table material_support (
    id              uuid primary key,
    network_id      uuid        not null references network (id),
    organisation_id uuid        not null references organisation (id),
    family_id       uuid references family (id),
    postcode        varchar(4),
    kind            varchar(30) not null,
    given_on        date        not null,
    note            varchar(500),
    registered_by   uuid        not null,
    registered_at   timestamptz not null,
    referral_id     uuid,
    referred_at     timestamptz
);
create index material_support_organisation_idx on material_support (network_id, organisation_id, given_on desc);
create index material_support_family_idx on material_support (family_id) where family_id is not null;

grant select, insert, update on question, material_support to nestwerk_family;

alter table question enable row level security;
alter table material_support enable row level security;

create policy question_in_network on question to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
create policy material_support_in_network on material_support to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
