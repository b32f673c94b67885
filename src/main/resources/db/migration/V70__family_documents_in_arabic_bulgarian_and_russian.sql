-- The documents a family takes home can now also be given in Arabic (right to left), Bulgarian and Russian (issue 4):
-- the PDF has a font for their scripts. The family plan keeps the language it is given in.
alter table family_plan drop constraint family_plan_language;
alter table family_plan add constraint family_plan_language
    check (language in ('nl', 'en', 'fr', 'ar', 'bg', 'es', 'pl', 'ro', 'ru', 'tr', 'uk'));
