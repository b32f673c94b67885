-- One row per night that the rolling horizon of activity sessions was renewed. The instance that inserts the day's
-- row does the work; the others see the row and leave it, so that a cluster renews once a night.
create table session_horizon_run (
    day            date primary key,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    offers_renewed integer,
    sessions_added integer,
    sessions_dropped integer
);
