-- The second factor (TOTP) of an account, for the step-up in front of family data (ADR 9). An account's own
-- factor belongs to no network. The secret is encrypted by the application (AES-GCM, nestwerk.security.totp-key);
-- the recovery codes are hashed with the password encoder.

create table second_factor (
    account_id     uuid primary key references user_account (id) on delete cascade,
    secret         bytea       not null,
    created_at     timestamptz not null,
    -- null while the enrolment waits for its first code
    confirmed_at   timestamptz,
    -- the time step of the last accepted code: a code is never accepted twice
    last_used_step bigint
);

create table second_factor_recovery_code (
    id         uuid primary key,
    account_id uuid         not null references second_factor (account_id) on delete cascade,
    code_hash  varchar(200) not null,
    used_at    timestamptz
);
create index second_factor_recovery_code_account_idx on second_factor_recovery_code (account_id);

-- wrong codes, counted over a sliding window to refuse guessing
create table second_factor_failure (
    id         bigserial primary key,
    account_id uuid        not null references user_account (id) on delete cascade,
    failed_at  timestamptz not null
);
create index second_factor_failure_account_idx on second_factor_failure (account_id, failed_at);
