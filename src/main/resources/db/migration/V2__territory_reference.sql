-- Read-only reference territory of Flanders and Brussels (2025 municipalities). Filled by the Java migration
-- V3 from the CSV copies in src/main/resources/reference/ (Bron: Statbel; bewerking Provincies in Cijfers).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an immutable wrapper lets indexes use it.
create function nw_fold(text) returns text language sql immutable parallel safe strict as $$
    select lower(public.unaccent('public.unaccent'::regdictionary, $1))
$$;

create table municipality (
    nis_code         varchar(5) primary key,
    name_nl          varchar(100) not null,
    name_fr          varchar(100),
    region_nis       varchar(5)   not null,
    region_nl        varchar(60)  not null,
    province_nis     varchar(5),
    province_nl      varchar(60),
    arrondissement_nis varchar(5) not null,
    arrondissement_nl  varchar(60) not null,
    centroid_lat     double precision not null,
    centroid_lon     double precision not null,
    area_km2         double precision,
    merged_2025_from varchar(60),
    population_2020  integer
);
create index municipality_name_idx on municipality (nw_fold(name_nl));

create table deelgemeente (
    code         varchar(6) primary key,
    name         varchar(100) not null,
    label        varchar(160) not null,
    nis_code     varchar(5)   not null references municipality (nis_code),
    centroid_lat double precision,
    centroid_lon double precision,
    area_km2     double precision
);
create index deelgemeente_municipality_idx on deelgemeente (nis_code);
create index deelgemeente_name_idx on deelgemeente (nw_fold(name));
-- Search in names (LIKE '%…%', hyphens read as spaces) on the expression the territory module queries.
create index deelgemeente_name_trgm_idx on deelgemeente using gin (replace(nw_fold(name), '-', ' ') gin_trgm_ops);

create table statistical_sector (
    code              varchar(9) primary key,
    name              varchar(160) not null,
    deelgemeente_code varchar(6) references deelgemeente (code),
    nis_code          varchar(5)   not null references municipality (nis_code)
);
create index statistical_sector_municipality_idx on statistical_sector (nis_code);
create index statistical_sector_deelgemeente_idx on statistical_sector (deelgemeente_code);
create index statistical_sector_name_idx on statistical_sector (nw_fold(name));
create index statistical_sector_name_trgm_idx on statistical_sector
    using gin (replace(nw_fold(name), '-', ' ') gin_trgm_ops);

create table postcode (
    id                   serial primary key,
    postcode             varchar(4)   not null,
    locality             varchar(100) not null,
    main_municipality    boolean      not null,
    nis_code             varchar(5)   not null references municipality (nis_code),
    deelgemeente_code    varchar(6) references deelgemeente (code),
    lat                  double precision,
    lon                  double precision,
    unique (postcode, locality)
);
create index postcode_postcode_idx on postcode (postcode);
create index postcode_locality_idx on postcode (nw_fold(locality));
