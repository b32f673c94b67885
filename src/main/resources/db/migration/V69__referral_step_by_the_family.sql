-- A referral ends when the family withdraws the consent it rested on (issue 4); when the family does so itself,
-- through its personal link, that step has no account behind it.
alter table referral_step alter column by_account drop not null;
