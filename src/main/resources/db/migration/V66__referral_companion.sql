-- The companion of a warm referral (issue 4): a volunteer of the network whom the sender names to go along with the
-- family to the first visit, the meeting, whether the family's contact route is shared with them, and when they went
-- along. Personal data (it ties a volunteer to a family): under row-level security per network, like V62.

create table referral_companion (
    referral_id      uuid         primary key references referral (id) on delete cascade,
    network_id       uuid         not null,
    companion_account uuid        not null references user_account (id),
    meeting_at       timestamp    not null,
    meeting_place    varchar(200) not null,
    share_contact    boolean      not null default false,
    named_by         uuid         not null,
    named_at         timestamptz  not null,
    done_by          uuid,
    done_at          timestamptz,
    constraint referral_companion_done_with_who check ((done_by is null) = (done_at is null))
);
create index referral_companion_account_idx on referral_companion (network_id, companion_account, meeting_at);

grant select, insert, update, delete on referral_companion to nestwerk_family;

alter table referral_companion enable row level security;

create policy referral_companion_in_network on referral_companion to nestwerk_family
    using (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid)
    with check (network_id = nullif(current_setting('nestwerk.network_id', true), '')::uuid);
