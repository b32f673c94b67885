-- A family plan can be given to the family in more of its home languages (issue 4): the PDF's labels exist in
-- Turkish, Polish, Romanian, Spanish and Ukrainian besides Dutch, English and French.
alter table family_plan drop constraint family_plan_language;
alter table family_plan add constraint family_plan_language
    check (language in ('nl', 'en', 'fr', 'tr', 'pl', 'ro', 'es', 'uk'));
