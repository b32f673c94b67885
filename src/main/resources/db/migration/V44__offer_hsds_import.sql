-- The HSDS 3.0 open data of the offer catalogue.
--
-- Name-based (version 3) UUIDs, the same as Java's UUID.nameUUIDFromBytes: the HSDS API derives the ids of things
-- without an id of their own from a readable name (a service_at_location from its offer and place).
create function nw_hsds_uuid(name text) returns uuid
    language sql immutable strict parallel safe
as $$
select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
        || to_hex((('x' || substr(h, 17, 1))::bit(4)::int & 3) | 8) || substr(h, 18))::uuid
from (select md5(convert_to(name, 'UTF8')) as h) as digest
$$;

create index published_location_hsds_idx
    on published_location (nw_hsds_uuid('service_at_location/' || offer_id::text || '/' || id::text))
    where not confidential;

-- An uploaded HSDS dataset between its upload and its import (several instances serve the pages, so it is kept
-- here, not in a file), then the report of the import. Expired rows are removed at the next upload.
create table offer_hsds_import (
    id            uuid primary key,
    network_id    uuid         not null references network (id),
    created_by    uuid         not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    file_name     varchar(255) not null,
    text_language varchar(2)   not null,
    state         varchar(20)  not null check (state in ('UPLOADED', 'IMPORTING', 'IMPORTED')),
    document      text,
    report        jsonb
);
create index offer_hsds_import_network_idx on offer_hsds_import (network_id, created_by);
create index offer_hsds_import_expires_idx on offer_hsds_import (expires_at);
