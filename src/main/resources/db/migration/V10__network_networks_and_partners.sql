-- Networks (the tenants), their field of operation normalised to statistical sectors, partner organisations
-- and their partnership (with the commitment on paper) with the network.

create table network (
    id                     uuid primary key,
    slug                   varchar(80)  not null unique,
    name                   varchar(200) not null,
    kind                   varchar(30)  not null check (kind in ('HUIS_VAN_HET_KIND', 'COMMUNITY_NETWORK')),
    parent_network_id      uuid references network (id),
    description            text,
    contact_email          varchar(320),
    contact_phone          varchar(40),
    website                varchar(300),
    street_address         varchar(200),
    postcode               varchar(4),
    town                   varchar(100),
    age_from_months        integer      not null default -9,
    age_to_months          integer      not null default 144,
    languages              varchar(10)[] not null default '{nl}',
    directing_organisation_id uuid,
    demo                   boolean      not null default false,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    version                bigint       not null default 0,
    constraint network_ages_ck check (age_from_months >= -9 and age_to_months <= 288 and age_from_months < age_to_months),
    constraint network_parent_ck check ((kind = 'COMMUNITY_NETWORK') = (parent_network_id is not null)),
    constraint network_id_kind_uk unique (id, kind)
);
create index network_parent_idx on network (parent_network_id);

alter table membership add constraint membership_network_fk foreign key (network_id) references network (id);
alter table account_link add constraint account_link_network_fk foreign key (network_id) references network (id);

-- What the coordinator picked (whole municipalities, deelgemeenten or single sectors), kept to show it back.
create table field_of_operation_unit (
    network_id uuid        not null references network (id) on delete cascade,
    unit_type  varchar(20) not null check (unit_type in ('MUNICIPALITY', 'DEELGEMEENTE', 'SECTOR')),
    code       varchar(9)  not null,
    primary key (network_id, unit_type, code)
);

-- The same field of operation normalised to statistical sectors. The network's kind is copied here (kept in step
-- by the composite foreign key) so that a partial unique index can enforce the decree: two Huizen van het Kind
-- never share a sector.
create table field_of_operation_sector (
    network_id   uuid        not null,
    network_kind varchar(30) not null,
    sector_code  varchar(9)  not null references statistical_sector (code),
    primary key (network_id, sector_code),
    constraint field_sector_network_fk foreign key (network_id, network_kind)
        references network (id, kind) on update cascade on delete cascade
);
create unique index field_sector_one_huis_van_het_kind_uk
    on field_of_operation_sector (sector_code) where network_kind = 'HUIS_VAN_HET_KIND';
create index field_sector_sector_idx on field_of_operation_sector (sector_code);

create table organisation (
    id             uuid primary key,
    network_id     uuid         not null references network (id),
    name           varchar(200) not null,
    actor_type     varchar(60)  not null,
    actor_type_other varchar(200),
    description    text,
    website        varchar(300),
    email          varchar(320),
    phone          varchar(40),
    street_address varchar(200),
    postcode       varchar(4),
    town           varchar(100),
    demo           boolean      not null default false,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create index organisation_network_idx on organisation (network_id);
create unique index organisation_name_uk on organisation (network_id, lower(name));

alter table network add constraint network_directing_organisation_fk
    foreign key (directing_organisation_id) references organisation (id);

create table partnership (
    id                  uuid primary key,
    network_id          uuid        not null references network (id),
    organisation_id     uuid        not null references organisation (id),
    involvement         varchar(30) not null check (involvement in
        ('MINIMAL', 'AVERAGE', 'CORE_PARTNER', 'NOT_YET', 'NOT_INVOLVED', 'NOT_PRESENT_IN_AREA', 'INDIRECT')),
    input_staff_time    text,
    input_resources     text,
    input_premises      text,
    input_expertise     text,
    expectations        text,
    essential_functions varchar(40)[] not null default '{}',
    review_date         date,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0,
    constraint partnership_organisation_uk unique (network_id, organisation_id)
);
create index partnership_network_idx on partnership (network_id);

alter table membership add constraint membership_organisation_fk foreign key (organisation_id) references organisation (id);
