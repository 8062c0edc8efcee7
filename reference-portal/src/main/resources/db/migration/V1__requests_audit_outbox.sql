-- Simpul reference portal, schema version 1. Runs unchanged on H2 2.x and PostgreSQL 14+.
-- Sequences start at their increment: the JPA provider hands out the 50 ids up to each value it reads.
-- Times are epoch milliseconds (UTC) so that nothing depends on a session time zone.

create sequence history_seq start with 50 increment by 50;
create sequence outbox_seq start with 50 increment by 50;

create table service_request (
    id                  varchar(36)   not null primary key,
    registration_number varchar(17)   not null unique,
    service_code        varchar(64)   not null,
    standard_version    integer       not null,
    subject_region      varchar(13)   not null,
    filing_agency       varchar(128)  not null,
    filing_channel      varchar(16)   not null,
    competent_agency    varchar(128)  not null,
    applicant_ref       varchar(128)  not null,
    status              varchar(16)   not null,
    sla_deadline        bigint,
    verification        varchar(16)   not null,
    form_json           varchar(65536) not null,
    documents_json      varchar(16384) not null,
    created_at          bigint        not null,
    updated_at          bigint        not null,
    row_version         bigint        not null
);
create index service_request_status on service_request (status, service_code);
create index service_request_competent on service_request (competent_agency);
create index service_request_filing on service_request (filing_agency);
create index service_request_applicant on service_request (applicant_ref);

create table request_history (
    id          bigint        not null primary key,
    request_id  varchar(36)   not null references service_request (id),
    entry_no    integer       not null,
    action      varchar(32)   not null,
    from_status varchar(16)   not null,
    to_status   varchar(16)   not null,
    actor_id    varchar(128)  not null,
    actor_role  varchar(16)   not null,
    occurred_at bigint        not null,
    reason      varchar(2000),
    unique (request_id, entry_no)
);

create table registration_counter (
    regency    varchar(5)  not null,
    filing_day varchar(10) not null,
    last_value integer     not null,
    primary key (regency, filing_day)
);

create table idempotency_record (
    caller          varchar(128)  not null,
    idem_key        varchar(128)  not null,
    body_sha256     varchar(64)   not null,
    request_id      varchar(36)   not null,
    response_status integer       not null,
    response_body   varchar(8192) not null,
    created_at      bigint        not null,
    primary key (caller, idem_key)
);

-- One row: the head of the audit chain. Writers lock it, which orders every audited change.
create table audit_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_record (
    seq           bigint       not null primary key,
    occurred_at   bigint       not null,
    actor         varchar(160) not null,
    action        varchar(32)  not null,
    entity_type   varchar(32)  not null,
    entity_id     varchar(64)  not null,
    before_status varchar(16),
    after_status  varchar(16),
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null
);

create table outbox_message (
    id              bigint        not null primary key,
    topic           varchar(64)   not null,
    aggregate_id    varchar(64)   not null,
    dedup_key       varchar(160)  not null unique,
    payload         varchar(8192) not null,
    created_at      bigint        not null,
    attempts        integer       not null,
    next_attempt_at bigint        not null,
    delivered_at    bigint,
    last_error      varchar(500)
);
create index outbox_pending on outbox_message (delivered_at, next_attempt_at);
