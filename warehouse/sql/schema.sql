-- main: what analysts query. reports: every article's account of each fact, one row per fact and article,
-- published day by day; main's fact tables hold one row per fact, corroborated across those reports.
-- staging: a day's rows while they are audited. pipeline: intermediate tables analysts do not query.
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS pipeline;
CREATE SCHEMA IF NOT EXISTS reports;

CREATE TABLE IF NOT EXISTS pipeline.schema_version (version INTEGER NOT NULL);

-- The audit of each staged table and day (NULL: a whole reference table); staging a table again deletes its row.
CREATE TABLE IF NOT EXISTS staging.audits (
    table_name VARCHAR NOT NULL,
    partition_date DATE,
    passed BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS pipeline.extraction_cache (
    content_hash VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    mentions JSON NOT NULL,
    PRIMARY KEY (content_hash, extractor_version)
);

CREATE TABLE IF NOT EXISTS main.quarantine (
    source_file VARCHAR NOT NULL,
    line_number BIGINT NOT NULL,
    record_id VARCHAR,
    reason VARCHAR NOT NULL,
    raw_excerpt VARCHAR,
    quarantined_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source_file, line_number)
);

-- Quarantine rows that no longer describe the landing folder (their file was fixed, replaced or removed).
CREATE TABLE IF NOT EXISTS main.quarantine_retired (
    source_file VARCHAR NOT NULL,
    line_number BIGINT NOT NULL,
    record_id VARCHAR,
    reason VARCHAR NOT NULL,
    raw_excerpt VARCHAR,
    quarantined_at TIMESTAMPTZ NOT NULL,
    retired_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS pipeline.raw_articles (
    article_id VARCHAR NOT NULL,
    partition_date DATE NOT NULL,
    source VARCHAR,
    lang VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    published_at TIMESTAMPTZ NOT NULL,
    text VARCHAR NOT NULL,
    source_file VARCHAR NOT NULL,
    source_line BIGINT NOT NULL,
    duplicate_of VARCHAR,
    duplicate_similarity DOUBLE
);

CREATE TABLE IF NOT EXISTS pipeline.event_mentions (
    partition_date DATE NOT NULL,
    article_id VARCHAR NOT NULL,
    family VARCHAR NOT NULL,
    rule_id VARCHAR NOT NULL,
    sentence_index BIGINT NOT NULL,
    sentence VARCHAR NOT NULL,
    sentence_start BIGINT NOT NULL,
    char_start BIGINT NOT NULL,
    char_end BIGINT NOT NULL,
    payload JSON NOT NULL,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS main.regions (
    region_code VARCHAR,
    country_code VARCHAR,
    name_en VARCHAR,
    kind VARCHAR,
    aliases VARCHAR[]
);

CREATE TABLE IF NOT EXISTS main.actors (
    actor_id VARCHAR,
    name VARCHAR,
    kind VARCHAR,
    country_code VARCHAR,
    role VARCHAR,
    aliases VARCHAR[]
);

CREATE TABLE IF NOT EXISTS main.articles (
    article_id VARCHAR,
    partition_date DATE,
    source VARCHAR,
    lang VARCHAR,
    title VARCHAR,
    url VARCHAR,
    published_at TIMESTAMPTZ,
    text VARCHAR,
    source_file VARCHAR,
    source_line BIGINT,
    duplicate_of VARCHAR,
    duplicate_similarity DOUBLE
);

-- Reports: one row per fact and article.
CREATE TABLE IF NOT EXISTS reports.interception_claims (
    claim_id VARCHAR,
    partition_date DATE,
    claimant_id VARCHAR,
    claimed_by VARCHAR,
    claimant_country VARCHAR,
    attacker_country VARCHAR,
    weapon VARCHAR,
    total BIGINT,
    launched BIGINT,
    event_date DATE,
    date_precision VARCHAR,
    article_id VARCHAR,
    sentence VARCHAR,
    char_start BIGINT,
    char_end BIGINT
);

CREATE TABLE IF NOT EXISTS reports.interceptions (
    interception_id VARCHAR,
    claim_id VARCHAR,
    partition_date DATE,
    weapon VARCHAR,
    count BIGINT,
    region_codes VARCHAR[],
    region_text VARCHAR,
    is_remainder BOOLEAN,
    event_date DATE,
    date_precision VARCHAR,
    article_id VARCHAR,
    sentence VARCHAR,
    char_start BIGINT,
    char_end BIGINT
);

CREATE TABLE IF NOT EXISTS reports.aid_packages (
    aid_id VARCHAR,
    partition_date DATE,
    donor VARCHAR,
    donor_actor_id VARCHAR,
    recipient VARCHAR,
    kind VARCHAR,
    amount DOUBLE,
    amount_is_lower_bound BOOLEAN,
    currency VARCHAR,
    amount_usd DOUBLE,
    amount_eur DOUBLE,
    rate_date DATE,
    measure VARCHAR,
    delivery_mode VARCHAR,
    items VARCHAR[],
    announced_date DATE,
    date_precision VARCHAR,
    article_id VARCHAR,
    sentence VARCHAR,
    char_start BIGINT,
    char_end BIGINT
);

CREATE TABLE IF NOT EXISTS reports.diplomatic_meetings (
    meeting_id VARCHAR,
    partition_date DATE,
    format VARCHAR,
    status VARCHAR,
    venue VARCHAR,
    city VARCHAR,
    country VARCHAR,
    meeting_date DATE,
    date_precision VARCHAR,
    article_id VARCHAR,
    sentence VARCHAR,
    char_start BIGINT,
    char_end BIGINT
);

CREATE TABLE IF NOT EXISTS reports.meeting_participants (
    meeting_id VARCHAR,
    actor_id VARCHAR,
    article_id VARCHAR,
    partition_date DATE,
    name VARCHAR,
    role VARCHAR,
    country VARCHAR
);

