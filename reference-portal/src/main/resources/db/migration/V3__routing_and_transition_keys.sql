-- Simpul reference portal, schema version 3: where the kewenangan engine routed each request, and
-- idempotency keys for status transitions. Runs unchanged on H2 2.x and PostgreSQL 14+.

-- The competent office's regency and, when the decision rests on a cooperation agreement (the office
-- is in another regency than the filing counter), the agreement's id. Requests filed before were all
-- decided inside the node's regency: the first five characters of their office id are its code.
alter table service_request add column competent_regency varchar(5);
alter table service_request add column agreement_id varchar(128);
update service_request set competent_regency = substring(competent_agency, 1, 5);
alter table service_request alter column competent_regency set not null;

-- The first answer to a transition sent with an Idempotency-Key, replayed when the same caller
-- sends the same key and body again.
create table transition_record (
    caller        varchar(128)   not null,
    idem_key      varchar(128)   not null,
    body_sha256   varchar(64)    not null,
    request_id    varchar(36)    not null references service_request (id),
    response_body varchar(200000) not null,
    created_at    bigint         not null,
    primary key (caller, idem_key)
);
