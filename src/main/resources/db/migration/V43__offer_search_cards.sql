-- What a search result card shows, kept in the search projection so that a page of results reads a few columns
-- instead of every offer's JSON content: names and summaries per content language ({"nl": {"name": …,
-- "summary": …}, …}), the organisation's name, the kinds of cost, whether the offer has a public place with
-- coordinates (located) and whether it is reachable by phone. Filled by the projection at publication.
alter table published_offer
    add column organisation_name text    not null default '',
    add column card_texts        jsonb   not null default '{}',
    add column cost_kinds        text[]  not null default '{}',
    add column located           boolean not null default false,
    add column by_phone          boolean not null default false;

update published_offer p
set organisation_name = coalesce((select o.name from organisation o where o.id = p.organisation_id), ''),
    card_texts = coalesce((select jsonb_object_agg(t.key, jsonb_strip_nulls(jsonb_build_object(
                                  'name', t.value -> 'name', 'summary', t.value -> 'summary')))
                           from offer_version v, jsonb_each(v.content -> 'texts') t
                           where v.id = p.version_id), '{}'),
    cost_kinds = coalesce((select array_agg(distinct c ->> 'kind' order by c ->> 'kind')
                           from offer_version v, jsonb_array_elements(v.content -> 'costs') c
                           where v.id = p.version_id), '{}'),
    by_phone = coalesce((select (v.content ->> 'byPhone')::boolean from offer_version v
                         where v.id = p.version_id), false),
    located = exists (select 1 from published_location l
                      where l.offer_id = p.offer_id and not l.confidential and l.latitude is not null);

-- The offers without a public place, which a place search adds for the networks serving the place.
create index published_offer_remote_idx on published_offer (network_id) where not located;

-- The next session of each offer on a page of results, straight from the index.
create index activity_session_offer_starts_idx on activity_session (offer_id, starts_at);
