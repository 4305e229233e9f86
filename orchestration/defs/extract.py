from datetime import date

import dagster as dg

from orchestration.defs.ingest import articles
from orchestration.defs.partitions import daily_partitions
from orchestration.defs.resources import WarehouseResource
from transforms.extract.articles import extract_articles
from transforms.extract.mentions import mentions_frame
from transforms.nlp import extractor_version, shared_pipeline

PROGRESS_EVERY = 25


@dg.asset(partitions_def=daily_partitions, group_name="extract", deps=[articles], kinds={"spacy", "duckdb"})
def event_mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """spaCy pass over the partition's articles: one row per extracted mention, with its sentence and span."""
    day = date.fromisoformat(context.partition_key)
    store = warehouse.open()
    rows = store.read_table("articles", day)
    total = rows.height
    context.log.info(f"extracting events from {total} articles")

    def report(done: int) -> None:
        if done % PROGRESS_EVERY == 0 or done == total:
            context.log.info(f"extracted {done}/{total} articles")

    articles_to_read = rows.select("article_id", "lang", "text", "title").iter_rows()
    mentions = list(extract_articles(shared_pipeline, articles_to_read, on_progress=report))
    version = extractor_version()
    store.replace_pipeline_partition("event_mentions", day, mentions_frame(mentions, day, version))
    by_family = {family: sum(m.family == family for m in mentions) for family in ("interception", "aid", "meeting")}
    return dg.MaterializeResult(metadata={"mentions": len(mentions), **by_family, "extractor_version": version})
