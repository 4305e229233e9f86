"""All fact tables of one partition from its event mentions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import polars as pl

from transforms.extract.mentions import Mention
from transforms.facts import schemas
from transforms.facts.aid import build_aid_facts
from transforms.facts.common import ArticleContext
from transforms.facts.interceptions import build_interception_facts
from transforms.facts.meetings import build_meeting_facts


@dataclass(frozen=True)
class PartitionFacts:
    interception_claims: pl.DataFrame
    interceptions: pl.DataFrame
    aid_packages: pl.DataFrame
    diplomatic_meetings: pl.DataFrame
    meeting_participants: pl.DataFrame


def mentions_from_frame(event_mentions: pl.DataFrame) -> list[Mention]:
    return [
        Mention(
            article_id=row["article_id"],
            family=row["family"],
            rule_id=row["rule_id"],
            sentence_index=row["sentence_index"],
            sentence=row["sentence"],
            sentence_start=row["sentence_start"],
            char_start=row["char_start"],
            char_end=row["char_end"],
            payload=json.loads(row["payload"]),
        )
        for row in event_mentions.iter_rows(named=True)
    ]


def mentions_frame(mentions: list[Mention], partition_date: date, extractor_version: str) -> pl.DataFrame:
    rows = [
        {
            "partition_date": partition_date,
            "article_id": m.article_id,
            "family": m.family,
            "rule_id": m.rule_id,
            "sentence_index": m.sentence_index,
            "sentence": m.sentence,
            "sentence_start": m.sentence_start,
            "char_start": m.char_start,
            "char_end": m.char_end,
            "payload": json.dumps(m.payload, ensure_ascii=False, sort_keys=True),
            "extractor_version": extractor_version,
        }
        for m in mentions
    ]
    return schemas.frame(rows, schemas.EVENT_MENTIONS)


def build_partition_facts(event_mentions: pl.DataFrame, articles: pl.DataFrame, partition_date: date) -> PartitionFacts:
    """articles: article_id, published_at (timezone-aware), lang for every article of the mentions."""
    contexts = {
        row["article_id"]: ArticleContext(row["article_id"], row["published_at"], row["lang"])
        for row in articles.select("article_id", "published_at", "lang").iter_rows(named=True)
    }
    by_article: dict[str, dict[str, list[Mention]]] = {}
    for mention in mentions_from_frame(event_mentions):
        by_article.setdefault(mention.article_id, {}).setdefault(mention.family, []).append(mention)
    claims, interceptions, aid, meetings, participants = [], [], [], [], []
    for article_id, families in sorted(by_article.items()):
        context = contexts[article_id]
        new_claims, new_interceptions = build_interception_facts(families.get("interception", []), context, partition_date)
        claims += new_claims
        interceptions += new_interceptions
        aid += build_aid_facts(families.get("aid", []), context, partition_date)
        new_meetings, new_participants = build_meeting_facts(families.get("meeting", []), context, partition_date)
        meetings += new_meetings
        participants += new_participants
    return PartitionFacts(
        interception_claims=schemas.frame(claims, schemas.INTERCEPTION_CLAIMS),
        interceptions=schemas.frame(interceptions, schemas.INTERCEPTIONS),
        aid_packages=schemas.frame(aid, schemas.AID_PACKAGES),
        diplomatic_meetings=schemas.frame(meetings, schemas.DIPLOMATIC_MEETINGS),
        meeting_participants=schemas.frame(participants, schemas.MEETING_PARTICIPANTS),
    )
