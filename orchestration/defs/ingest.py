from datetime import date

import dagster as dg

from orchestration.defs.partitions import daily_partitions
from orchestration.defs.publishing import audit_and_publish, gx_check_spec
from orchestration.defs.resources import LandingResource, WarehouseResource
from transforms.batches import articles_frame, quarantine_frame, read_landing_dir


@dg.asset(partitions_def=daily_partitions, group_name="ingest", kinds={"duckdb", "polars"})
def raw_articles(context: dg.AssetExecutionContext, landing: LandingResource, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Articles of the landing folder published on the partition's day; bad records go to `quarantine`."""
    day = date.fromisoformat(context.partition_key)
    batch = read_landing_dir(landing.folder)
    store = warehouse.open()
    store.record_quarantine(quarantine_frame(batch.quarantined))
    for record in batch.quarantined:
        context.log.info(f"quarantined {record.source_file} line {record.line_number}: {record.reason}")
    rows = articles_frame([article for article in batch.articles if article.partition_date == day])
    store.replace_pipeline_partition("raw_articles", day, rows)
    return dg.MaterializeResult(
        metadata={"articles": rows.height, "quarantined_in_landing_folder": len(batch.quarantined), "landing_folder": str(landing.folder)}
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
    """Dimension of the partition's articles (source, url, publication time, language), audited then published."""
    day = date.fromisoformat(context.partition_key)
    store = warehouse.open()
    rows = store.read_pipeline_partition("raw_articles", day)
    yield from audit_and_publish(context, store, {"articles": rows}, day)
