-- People, their memberships of networks, API tokens, one-time account links, the audit log, the mail outbox
-- and the HTTP sessions shared by every application instance.

create table user_account (
    id               uuid primary key,
    email            varchar(320) not null,
    display_name     varchar(200) not null,
    password_hash    varchar(200),
    enabled          boolean      not null default true,
    agency_admin     boolean      not null default false,
    failed_logins    integer      not null default 0,
    locked_until     timestamptz,
    preferred_locale varchar(10),
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create unique index user_account_email_uk on user_account (lower(email));

create table membership (
    id              uuid primary key,
    user_id         uuid        not null references user_account (id),
    network_id      uuid        not null,
    organisation_id uuid,
    role            varchar(30) not null check (role in ('COORDINATOR', 'PARTNER_ADMIN', 'PROFESSIONAL', 'VOLUNTEER')),
    created_at      timestamptz not null default now(),
    constraint membership_uk unique nulls not distinct (user_id, network_id, organisation_id, role)
);
create index membership_network_idx on membership (network_id);

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references user_account (id),
    name         varchar(100) not null,
    token_hash   varchar(64)     not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

create table account_link (
    id              uuid primary key,
    purpose         varchar(20)  not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash      varchar(64)     not null unique,
    email           varchar(320) not null,
    user_id         uuid references user_account (id),
    network_id      uuid,
    organisation_id uuid,
    role            varchar(30),
    created_by      uuid references user_account (id),
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz  not null,
    used_at         timestamptz
);
create index account_link_network_idx on account_link (network_id);

create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    network_id  uuid,
    actor_id    uuid,
    actor_name  varchar(320),
    action      varchar(60)  not null,
    entity_type varchar(60),
    entity_id   varchar(100),
    summary     varchar(500),
    before_data jsonb,
    after_data  jsonb,
    remote_address varchar(64)
);
create index audit_event_network_idx on audit_event (network_id, occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

-- The audit log is append-only: no application bug and no SQL session can rewrite history.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

create table mail_outbox (
    id              bigserial primary key,
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    created_at      timestamptz   not null default now(),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(1000),
    sent_at         timestamptz
);
create index mail_outbox_pending_idx on mail_outbox (next_attempt_at) where sent_at is null;

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc)
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
