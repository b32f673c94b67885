-- The front door searches an in-memory index of the published offers (ADR 0008). Every change to what it holds is
-- announced on the channel 'offer_search' with the offer's id, at commit, to every instance that listens; the index
-- then reloads those offers. Changes to places left do not change a search result and are not announced.
create function offer_search_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('offer_search', old.offer_id::text);
        return old;
    end if;
    perform pg_notify('offer_search', new.offer_id::text);
    if tg_op = 'UPDATE' and new.offer_id <> old.offer_id then
        perform pg_notify('offer_search', old.offer_id::text);
    end if;
    return new;
end
$$;

create trigger published_offer_search_changed
    after insert or update or delete on published_offer
    for each row execute function offer_search_changed();

create trigger published_location_search_changed
    after insert or update or delete on published_location
    for each row execute function offer_search_changed();

create trigger activity_session_search_changed
    after insert or delete or update of offer_id, starts_at on activity_session
    for each row execute function offer_search_changed();
