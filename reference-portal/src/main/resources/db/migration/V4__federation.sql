-- Simpul reference portal, schema version 4: federation between regency nodes (H2 2.x and PostgreSQL 14+).

-- Messages this node accepted from partner nodes, keyed by sender and message id: an outbox retry is
-- answered with the first receipt, another message under a used id is refused as replayed. Written in
-- the transaction that applies the message.
create table federation_seen_message (
    sender         varchar(13)   not null,
    message_id     varchar(64)   not null,
    content_digest varchar(64)   not null,
    received_at    bigint        not null,
    receipt        varchar(4096) not null,
    primary key (sender, message_id)
);

-- A request that crosses a regency border: at the filing node (role FILING) the copy forwarded to the
-- competent node, at the competent node (role COMPETENT) the request received from the filing node.
create table federation_case (
    request_id     varchar(36)   not null primary key references service_request (id),
    case_role      varchar(16)   not null,
    partner        varchar(13)   not null,
    reference      varchar(64)   not null,
    service_code   varchar(64)   not null,
    filed_on       varchar(10)   not null,
    agreement_id   varchar(128),
    state          varchar(16)   not null,
    receipt_id     varchar(64),
    refusal        varchar(40),
    withheld       varchar(2000),
    updated_at     bigint        not null,
    unique (partner, reference, case_role)
);

-- Messages to partner nodes, stored once on the first delivery attempt and sent again unchanged (with a
-- fresh send time) on every retry, so the partner recognises the retry.
create table federation_outgoing (
    dedup_key     varchar(160)  not null primary key,
    message_id    varchar(64)   not null unique,
    partner       varchar(13)   not null,
    kind          varchar(20)   not null,
    request_id    varchar(36)   not null,
    envelope      varchar(65536) not null,
    state         varchar(16)   not null,
    receipt       varchar(4096),
    refusal       varchar(40),
    created_at    bigint        not null,
    updated_at    bigint        not null
);

-- What happened to federation messages in and out, for operators and audits (no payload, no personal data).
create sequence federation_event_seq start with 50 increment by 50;
create table federation_event (
    id          bigint        not null primary key,
    occurred_at bigint        not null,
    direction   varchar(3)    not null,
    partner     varchar(13),
    kind        varchar(20),
    message_id  varchar(64),
    reference   varchar(64),
    outcome     varchar(16)   not null,
    refusal     varchar(40),
    detail      varchar(500)
);
create index federation_event_time on federation_event (occurred_at);
