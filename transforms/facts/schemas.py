"""Polars schemas of the tables the pipeline writes; warehouse/sql/schema.sql declares the same columns."""

import polars as pl

EVIDENCE = {"article_id": pl.String, "sentence": pl.String, "char_start": pl.Int64, "char_end": pl.Int64}
DATED = {"event_date": pl.Date, "date_precision": pl.String}

ARTICLES = {
    "article_id": pl.String,
    "partition_date": pl.Date,
    "source": pl.String,
    "lang": pl.String,
    "title": pl.String,
    "url": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "text": pl.String,
    "source_file": pl.String,
    "source_line": pl.Int64,
    "duplicate_of": pl.String,
    "duplicate_similarity": pl.Float64,
}
QUARANTINE = {
    "source_file": pl.String,
    "line_number": pl.Int64,
    "record_id": pl.String,
    "reason": pl.String,
    "raw_excerpt": pl.String,
}
EVENT_MENTIONS = {
    "partition_date": pl.Date,
    "article_id": pl.String,
    "family": pl.String,
    "rule_id": pl.String,
    "sentence_index": pl.Int64,
    "sentence": pl.String,
    "sentence_start": pl.Int64,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "payload": pl.String,
    "extractor_version": pl.String,
}
INTERCEPTION_CLAIMS = {
    "claim_id": pl.String,
    "partition_date": pl.Date,
    "claimant_id": pl.String,
    "claimed_by": pl.String,
    "claimant_country": pl.String,
    "attacker_country": pl.String,
    "weapon": pl.String,
    "total": pl.Int64,
    "launched": pl.Int64,
    **DATED,
    **EVIDENCE,
}
INTERCEPTIONS = {
    "interception_id": pl.String,
    "claim_id": pl.String,
    "partition_date": pl.Date,
    "weapon": pl.String,
    "count": pl.Int64,
    "region_codes": pl.List(pl.String),
    "region_text": pl.String,
    "is_remainder": pl.Boolean,
    **DATED,
    **EVIDENCE,
}
AID_PACKAGES = {
    "aid_id": pl.String,
    "partition_date": pl.Date,
    "donor": pl.String,
    "donor_actor_id": pl.String,
    "recipient": pl.String,
    "kind": pl.String,
    "amount": pl.Float64,
    "amount_is_lower_bound": pl.Boolean,
    "currency": pl.String,
    "amount_usd": pl.Float64,
    "amount_eur": pl.Float64,
    "rate_date": pl.Date,
    "measure": pl.String,
    "delivery_mode": pl.String,
    "items": pl.List(pl.String),
    "announced_date": pl.Date,
    "date_precision": pl.String,
    **EVIDENCE,
}
DIPLOMATIC_MEETINGS = {
    "meeting_id": pl.String,
    "partition_date": pl.Date,
    "format": pl.String,
    "status": pl.String,
    "venue": pl.String,
    "city": pl.String,
    "country": pl.String,
    "meeting_date": pl.Date,
    "date_precision": pl.String,
    **EVIDENCE,
}
MEETING_PARTICIPANTS = {
    "meeting_id": pl.String,
    "actor_id": pl.String,
    "article_id": pl.String,
    "partition_date": pl.Date,
    "name": pl.String,
    "role": pl.String,
    "country": pl.String,
}
REGIONS = {"region_code": pl.String, "country_code": pl.String, "name_en": pl.String, "kind": pl.String, "aliases": pl.List(pl.String)}
ACTORS = {"actor_id": pl.String, "name": pl.String, "kind": pl.String, "country_code": pl.String, "role": pl.String, "aliases": pl.List(pl.String)}


def frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)
