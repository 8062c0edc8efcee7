-- A table for the benchmark baseline endpoint (POST /api/v1/bench/rows, off unless
-- simpul.bench.enabled=true): one row per call, nothing else.
create sequence bench_seq start with 50 increment by 50;

create table bench_row (
    id         bigint       not null primary key,
    label      varchar(64)  not null,
    created_at bigint       not null
);
