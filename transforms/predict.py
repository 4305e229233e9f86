"""Facts for a list of articles, in memory: the extraction and normalisation code of the pipeline, without
Dagster or the warehouse, as rows shaped like the gold files."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import polars as pl
from spacy.language import Language

from transforms.batches import articles_frame
from transforms.records import Article, validate_record
from transforms.extract.articles import extract_articles
from transforms.extract.mentions import mentions_frame
from transforms.facts.build import PartitionFacts, build_partition_facts
from transforms.normalise.dates import PRECISION_PUBLICATION


def _stated_date(value, precision: str) -> str | None:
    """A date the text gives; a date taken from the publication stamp is not one."""
    return None if precision == PRECISION_PUBLICATION else value.isoformat()


def _records(facts: PartitionFacts) -> dict[str, list[dict]]:
    claims = facts.interception_claims.select("claim_id", "claimant_country")
    interceptions = [
        {
            "weapon": row["weapon"], "count": row["count"], "region_codes": row["region_codes"],
            "event_date": _stated_date(row["event_date"], row["date_precision"]), "claimant_country": row["claimant_country"],
            "evidence": row["sentence"],
        }
        for row in facts.interceptions.join(claims, on="claim_id", how="left").iter_rows(named=True)
    ]
    aid = [
        {
            "donor": row["donor"], "recipient": row["recipient"], "amount": row["amount"], "currency": row["currency"],
            "kind": row["kind"], "announced_date": _stated_date(row["announced_date"], row["date_precision"]), "evidence": row["sentence"],
            "amount_is_lower_bound": row["amount_is_lower_bound"], "amount_usd": row["amount_usd"],
            "delivery_mode": row["delivery_mode"], "items": row["items"], "measure": row["measure"],
        }
        for row in facts.aid_packages.iter_rows(named=True)
    ]
    names = facts.meeting_participants.group_by("meeting_id").agg(pl.col("name").alias("participants"))
    meetings = [
        {
            "participants": row["participants"] or [], "city": row["city"], "country": row["country"],
            "meeting_date": row["meeting_date"].isoformat(), "status": row["status"], "format": row["format"], "evidence": row["sentence"],
        }
        for row in facts.diplomatic_meetings.join(names, on="meeting_id", how="left").iter_rows(named=True)
        if row["format"] != "call"
    ]
    return {"interception": interceptions, "aid_package": aid, "meeting": meetings}


def predict_articles(pipeline_for: Callable[[str], Language], records: list[dict]) -> dict[str, dict[str, list[dict]]]:
    articles = [a for index, record in enumerate(records, start=1) if isinstance(a := validate_record(record, "input", index), Article)]
    by_id = {article.id: article for article in articles}
    mentions_by_article = defaultdict(list)
    for mention in extract_articles(pipeline_for, ((a.id, a.lang, a.text, a.title) for a in articles)):
        mentions_by_article[mention.article_id].append(mention)
    predictions = {}
    for article_id, mentions in mentions_by_article.items():
        article = by_id[article_id]
        day = article.partition_date
        facts = build_partition_facts(mentions_frame(mentions, day, "eval"), articles_frame([article]), day)
        predictions[article_id] = _records(facts)
    return predictions
