-- The network's offer catalogue (services and activities of the partner organisations, aligned with HSDS 3.0).
-- An offer's content lives in numbered versions, each a JSON document checked by the application; the
-- published version stays in place while a newer one is drafted and reviewed. The published version is
-- flattened into the published_* tables, which are all the front door and the HSDS API read.
create table offer (
    id                      uuid primary key,
    network_id              uuid        not null references network (id),
    organisation_id         uuid        not null references organisation (id),
    hsds_id                 varchar(250),
    published_version_id    uuid,
    working_version_id      uuid,
    last_reviewed_on        date        not null,
    review_reminder_sent_on date,
    created_at              timestamptz not null,
    lock_version            bigint      not null default 0
);
create unique index offer_hsds_id_uk on offer (network_id, hsds_id) where hsds_id is not null;
create index offer_network_idx on offer (network_id, organisation_id);
create index offer_last_reviewed_idx on offer (last_reviewed_on) where published_version_id is not null;

create table offer_version (
    id               uuid primary key,
    offer_id         uuid        not null references offer (id),
    network_id       uuid        not null,
    number           integer     not null,
    state            varchar(20) not null
        check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'SUPERSEDED')),
    content          jsonb       not null,
    created_by       uuid,
    created_at       timestamptz not null,
    submitted_by     uuid,
    submitted_at     timestamptz,
    reviewed_by      uuid,
    reviewed_at      timestamptz,
    rejection_reason text,
    unique (offer_id, number)
);
create index offer_version_in_review_idx on offer_version (network_id) where state = 'IN_REVIEW';
alter table offer add constraint offer_published_version_fk
    foreign key (published_version_id) references offer_version (id);
alter table offer add constraint offer_working_version_fk
    foreign key (working_version_id) references offer_version (id);

-- The published version of each offer, flattened for search. Text is searched through a Dutch-stemmed,
-- accent-folded tsvector over every language's text; weekdays is a bit set (bit 0 = Monday … bit 6 = Sunday).
create table published_offer (
    offer_id          uuid primary key references offer (id),
    network_id        uuid        not null,
    organisation_id   uuid        not null,
    version_id        uuid        not null,
    kind              varchar(20) not null,
    status            varchar(30) not null,
    name              text        not null,
    search_document   tsvector    not null,
    age_from_months   integer     not null,
    age_to_months     integer     not null,
    audiences         text[]      not null,
    universal         boolean     not null,
    pillars           text[]      not null,
    support_functions text[]      not null,
    life_domains      text[]      not null,
    taxonomy_terms    text[]      not null,
    languages         text[]      not null,
    interpreter       boolean     not null,
    free              boolean     not null,
    uitpas            boolean     not null,
    online            boolean     not null,
    weekdays          integer     not null,
    published_at      timestamptz not null,
    modified_at       timestamptz not null
);
create index published_offer_document_idx on published_offer using gin (search_document);
create index published_offer_network_idx on published_offer (network_id);
create index published_offer_organisation_idx on published_offer (organisation_id);
create index published_offer_ages_idx on published_offer (age_from_months, age_to_months);
create index published_offer_languages_idx on published_offer using gin (languages);
create index published_offer_taxonomy_idx on published_offer using gin (taxonomy_terms);
create index published_offer_modified_idx on published_offer (modified_at);

-- Locations of published offers. A confidential location (a shelter) is kept for its owners but never shown
-- publicly: public queries always add "not confidential".
create table published_location (
    id                    uuid primary key,
    offer_id              uuid             not null references published_offer (offer_id) on delete cascade,
    network_id            uuid             not null,
    position              integer          not null,
    name                  text,
    street                text,
    postcode              varchar(4),
    locality              text,
    nis_code              varchar(5),
    sector_code           varchar(9),
    latitude              double precision,
    longitude             double precision,
    wheelchair_accessible boolean          not null,
    confidential          boolean          not null
);
create index published_location_offer_idx on published_location (offer_id);
create index published_location_position_idx on published_location (latitude, longitude) where not confidential;
create index published_location_postcode_idx on published_location (postcode);
create index published_location_municipality_idx on published_location (nis_code);

-- Dated occurrences of the published activity sessions (recurring series expanded over a rolling horizon).
-- The id is derived from the series and the start, so that places left survive a re-publication.
create table activity_session (
    id          uuid primary key,
    offer_id    uuid        not null references published_offer (offer_id) on delete cascade,
    network_id  uuid        not null,
    series_id   uuid        not null,
    location_id uuid,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    capacity    integer,
    places_left integer
);
create index activity_session_starts_idx on activity_session (starts_at);
create index activity_session_network_starts_idx on activity_session (network_id, starts_at);
create index activity_session_offer_idx on activity_session (offer_id);

-- Every accent-folded word of the published texts: the vocabulary that typos are corrected against.
create table search_word (
    word varchar(80) primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);
