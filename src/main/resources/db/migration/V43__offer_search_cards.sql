-- What a search result card shows, kept in the search projection so that a page of results reads a few columns
-- instead of every offer's JSON content: names and summaries per content language ({"nl": {"name": …,
-- "summary": …}, …}), the organisation's name, the kinds of cost and whether the offer is reachable by phone.
-- Filled by the projection at publication; a card without them shows the Dutch name only.
-- Nullable, so that a bulk load that knows nothing of them (bench/) can still copy rows in.
alter table published_offer
    add column organisation_name text    default '',
    add column card_texts        jsonb   default '{}',
    add column cost_kinds        text[]  default '{}',
    add column by_phone          boolean default false;

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
                         where v.id = p.version_id), false);

-- The next session of each offer on a page of results, straight from the index.
create index activity_session_offer_starts_idx on activity_session (offer_id, starts_at);
