"""Run the real spaCy pipeline and fact builders on one article, without Dagster or the warehouse."""

from functools import cache

from transforms.nlp import build_pipeline
from transforms.predict import predict_articles

PUBLISHED_AT = "2025-03-16T10:00:00+01:00"  # a Sunday


@cache
def nlp():
    return build_pipeline()


def facts(text: str, published_at: str = PUBLISHED_AT, title: str | None = None) -> dict[str, list[dict]]:
    article = {"id": "t", "lang": "fr", "title": title, "published_at": published_at, "text": text}
    return predict_articles(nlp(), [article]).get("t", {"interception": [], "aid_package": [], "meeting": []})


def interceptions(text: str, **kwargs) -> list[tuple]:
    return sorted((r["weapon"], r["count"], tuple(sorted(r["region_codes"]))) for r in facts(text, **kwargs)["interception"])
