"""What the fact builders share: mention access, actor resolution, stable ids."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from transforms import reference
from transforms.extract.mentions import Mention

# Most specific first: a ministry's claim is more precise than "Moscou" or "la Russie".
ACTOR_SPECIFICITY = {"ministry": 3, "military": 3, "person": 2, "government": 1, "organisation": 1}


@dataclass(frozen=True)
class ArticleContext:
    article_id: str
    published_at: datetime
    lang: str


def stable_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(part) for part in parts).encode()).hexdigest()[:16]


def resolved_actor_ids(mention: Mention, on_day: date) -> list[str]:
    """Actors named in a mention, titles ("le président ukrainien") resolved to who held them that day."""
    ids = list(mention.payload.get("actor_ids", []))
    ids += [holder for title in mention.payload.get("titles", []) if (holder := reference.title_holder(title, on_day))]
    known = reference.actors()
    return [actor_id for actor_id in dict.fromkeys(ids) if actor_id in known]


def most_specific_actor(actor_ids: list[str]) -> str | None:
    known = reference.actors()
    ranked = [(ACTOR_SPECIFICITY.get(known[actor_id].kind, 0), -index, actor_id) for index, actor_id in enumerate(actor_ids)]
    ranked = [entry for entry in ranked if entry[0] > 0]
    return max(ranked)[2] if ranked else None


def evidence(mention: Mention) -> dict:
    return {"article_id": mention.article_id, "sentence": mention.sentence, "char_start": mention.char_start, "char_end": mention.char_end}
