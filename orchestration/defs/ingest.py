from datetime import date, datetime, timedelta, timezone

import dagster as dg

from orchestration.defs.partitions import daily_partitions
from orchestration.defs.publishing import gx_check_spec, stage_and_audit
from orchestration.defs.resources import LandingResource, WarehouseResource
from transforms.batches import DUPLICATE_WINDOW_DAYS, articles_frame, quarantine_frame, read_landing_dir, with_duplicate_links

# A folder of garbage can quarantine millions of lines: the log names the first ones, the table holds them all.
QUARANTINE_LOG_LINES = 200


@dg.asset(group_name="ingest", kinds={"duckdb", "polars"})
def quarantine(context: dg.AssetExecutionContext, landing: LandingResource, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Every record of the landing folder that breaks the input contract, and every file the reader does not
    read, with its file, line and reason, as the folder is now; rows of a file's former content (fixed, replaced
    or removed) move to `quarantine_retired`."""
    batch = read_landing_dir(landing.folder, landing.limits, now=datetime.now(timezone.utc))
    retired = warehouse.open().replace_quarantine(quarantine_frame(batch.quarantined))
    for record in batch.quarantined[:QUARANTINE_LOG_LINES]:
        context.log.info(f"quarantined {record.source_file} line {record.line_number}: {record.reason}")
    if len(batch.quarantined) > QUARANTINE_LOG_LINES:
        context.log.info(f"... and {len(batch.quarantined) - QUARANTINE_LOG_LINES} more quarantined records (table quarantine)")
    context.log.info(f"{len(batch.quarantined)} records quarantined, {retired} former rows retired")
    return dg.MaterializeResult(
        metadata={"quarantined": len(batch.quarantined), "retired": retired, "landing_folder": str(landing.folder)}
    )


@dg.asset(partitions_def=daily_partitions, group_name="ingest", kinds={"duckdb", "polars"})
def raw_articles(context: dg.AssetExecutionContext, landing: LandingResource, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Articles of the landing folder published on the partition's day (bad records are in `quarantine`). A copy
    of another article of the day or of the days before (same text, small edits) is linked to it (`duplicate_of`)."""
    day = date.fromisoformat(context.partition_key)
    batch = read_landing_dir(landing.folder, landing.limits, now=datetime.now(timezone.utc))
    store = warehouse.open()
    rows = articles_frame([article for article in batch.articles if article.partition_date == day])
    earlier = store.read_articles_between(day - timedelta(days=DUPLICATE_WINDOW_DAYS), day - timedelta(days=1))
    rows = with_duplicate_links(rows, earlier)
    store.replace_pipeline_partition("raw_articles", day, rows)
    duplicates = rows["duplicate_of"].is_not_null().sum()
    context.log.info(f"{rows.height} articles, {duplicates} of them copies of an article already seen")
    return dg.MaterializeResult(
        metadata={"articles": rows.height, "near_duplicates": duplicates, "landing_folder": str(landing.folder)}
    )


@dg.asset(
    partitions_def=daily_partitions,
    group_name="ingest",
    deps=[raw_articles],
    kinds={"duckdb"},
    check_specs=[gx_check_spec("articles")],
    output_required=False,
)
def articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Dimension of the partition's articles (source, url, publication time, language), staged and audited; they
    are published with the day's facts (`published_day`)."""
    day = date.fromisoformat(context.partition_key)
    store = warehouse.open()
    rows = store.read_pipeline_partition("raw_articles", day)
    yield from stage_and_audit(context, store, {"articles": rows}, day)
