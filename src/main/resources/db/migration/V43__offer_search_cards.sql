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

-- Each place carries a copy of what its offer is (status, ages, themes, languages, cost, days, name), so that a
-- place search filters the places in its box without reading their offers. The copies follow the offer through
-- triggers, whoever writes the rows (the projection, or a bulk load).
alter table published_location
    add column status          varchar(30),
    add column age_from_months integer,
    add column age_to_months   integer,
    add column life_domains    text[],
    add column languages       text[],
    add column free            boolean,
    add column weekdays        integer,
    add column offer_name      text;

create function published_location_copy_offer() returns trigger language plpgsql as $$
begin
    select p.status, p.age_from_months, p.age_to_months, p.life_domains, p.languages, p.free, p.weekdays, p.name
    into new.status, new.age_from_months, new.age_to_months, new.life_domains, new.languages, new.free,
         new.weekdays, new.offer_name
    from published_offer p
    where p.offer_id = new.offer_id;
    return new;
end
$$;

create trigger published_location_copy_offer
    before insert on published_location
    for each row execute function published_location_copy_offer();

create function published_offer_copy_to_locations() returns trigger language plpgsql as $$
begin
    update published_location
    set status = new.status, age_from_months = new.age_from_months, age_to_months = new.age_to_months,
        life_domains = new.life_domains, languages = new.languages, free = new.free, weekdays = new.weekdays,
        offer_name = new.name
    where offer_id = new.offer_id;
    return null;
end
$$;

create trigger published_offer_copy_to_locations
    after update of status, age_from_months, age_to_months, life_domains, languages, free, weekdays, name
    on published_offer
    for each row execute function published_offer_copy_to_locations();

update published_location l
set status = p.status, age_from_months = p.age_from_months, age_to_months = p.age_to_months,
    life_domains = p.life_domains, languages = p.languages, free = p.free, weekdays = p.weekdays,
    offer_name = p.name
from published_offer p
where p.offer_id = l.offer_id;
