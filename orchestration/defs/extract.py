import time
from datetime import date

import dagster as dg

from orchestration.defs.ingest import articles
from orchestration.defs.partitions import daily_partitions
from orchestration.defs.resources import ExtractionResource, WarehouseResource
from transforms.extract.cache import cache_entries_frame, content_hash, extract_reusing
from transforms.extract.mentions import mentions_frame
from transforms.facts.build import FAMILIES
from transforms.nlp import shared_pipeline
from transforms.versions import extractor_version

PROGRESS_SECONDS = 10


@dg.asset(
    partitions_def=daily_partitions,
    group_name="extract",
    deps=[articles],
    kinds={"spacy", "duckdb"},
    code_version=extractor_version(),
)
def event_mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource, extraction: ExtractionResource) -> dg.MaterializeResult:
    """spaCy pass over the partition's articles: one row per extracted mention, with its sentence and span.
    Articles whose content was already extracted by this extractor version are not parsed again."""
    day = date.fromisoformat(context.partition_key)
    version = extractor_version()
    store = warehouse.open()
    rows = store.read_staged("articles", day)
    texts = list(rows.select("article_id", "lang", "text", "title").iter_rows())
    hashes = {article_id: content_hash(lang, title, text) for article_id, lang, text, title in texts}
    cached = store.cached_mentions(sorted(set(hashes.values())), version)

    last_report = time.monotonic()

    def report(done: int, total: int) -> None:
        nonlocal last_report
        if time.monotonic() - last_report >= PROGRESS_SECONDS or done == total:
            context.log.info(f"extracted {done}/{total} articles")
            last_report = time.monotonic()

    context.log.info(f"{len(texts)} articles, {sum(h in cached for h in hashes.values())} already extracted by this version")
    result = extract_reusing(shared_pipeline, texts, hashes, cached, on_progress=report, processes=extraction.processes)
    store.cache_mentions(cache_entries_frame(result.new_entries, version))
    mentions = result.mentions
    store.replace_pipeline_partition("event_mentions", day, mentions_frame(mentions, day, version))
    by_family = {family: sum(m.family == family for m in mentions) for family in FAMILIES}
    return dg.MaterializeResult(
        metadata={
            "mentions": len(mentions),
            **by_family,
            "articles_parsed": result.parsed,
            "articles_reused": result.reused,
            "extractor_version": version,
        }
    )
