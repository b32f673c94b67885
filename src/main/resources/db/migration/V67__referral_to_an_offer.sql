-- A warm referral may point to one published offer of the receiving partner (issue 4). The offer belongs to another
-- module and may be withdrawn later; the referral keeps the id, so no foreign key.
alter table referral add column offer_id uuid;
