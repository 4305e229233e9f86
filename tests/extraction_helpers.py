"""Run the real spaCy pipeline and fact builders on one article, without Dagster or the warehouse."""

from transforms.nlp import shared_pipeline
from transforms.predict import predict_articles

PUBLISHED_AT = "2025-03-16T10:00:00+01:00"  # a Sunday


def facts(text: str, published_at: str = PUBLISHED_AT, title: str | None = None) -> dict[str, list[dict]]:
    article = {"id": "t", "lang": "fr", "title": title, "published_at": published_at, "text": text}
    return predict_articles(shared_pipeline, [article]).get("t", {"interception": [], "aid_package": [], "meeting": []})


def interceptions(text: str, **kwargs) -> list[tuple]:
    return sorted((r["weapon"], r["count"], tuple(sorted(r["region_codes"]))) for r in facts(text, **kwargs)["interception"])


def partition_facts(text: str, published_at: str = PUBLISHED_AT):
    """The fact tables the pipeline would stage for this one article."""
    from transforms.batches import articles_frame
    from transforms.records import validate_record
    from transforms.extract.articles import extract_articles
    from transforms.extract.mentions import mentions_frame
    from transforms.facts.build import build_partition_facts

    article = validate_record({"id": "t", "lang": "fr", "published_at": published_at, "text": text}, "test", 1)
    mentions = list(extract_articles(shared_pipeline, [(article.id, article.lang, article.text, None)]))
    day = article.partition_date
    return build_partition_facts(mentions_frame(mentions, day, "test"), articles_frame([article]), day)
