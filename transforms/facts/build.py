"""All fact tables of one partition from its event mentions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from transforms.extract.mentions import Mention, mentions_from_frame
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


FAMILIES = ("interception", "aid", "meeting")


def build_partition_facts(
    event_mentions: pl.DataFrame, articles: pl.DataFrame, partition_date: date, families: tuple[str, ...] = FAMILIES
) -> PartitionFacts:
    """articles: article_id, published_at (timezone-aware), lang for every article of the mentions. Only the
    given families' mentions are read; the other tables come back empty."""
    contexts = {
        row["article_id"]: ArticleContext(row["article_id"], row["published_at"], row["lang"])
        for row in articles.select("article_id", "published_at", "lang").iter_rows(named=True)
    }
    by_article: dict[str, dict[str, list[Mention]]] = {}
    for mention in mentions_from_frame(event_mentions.filter(pl.col("family").is_in(families))):
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
