import dagster as dg

from orchestration.defs.ingest import quarantine
from orchestration.defs.partitions import daily_partitions
from orchestration.defs.publication import published_day
from orchestration.defs.resources import WarehouseResource


@dg.asset(partitions_def=daily_partitions, group_name="analysis", deps=[published_day], kinds={"duckdb", "sql"})
def analyst_views(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """SQL views over the published fact tables (warehouse/sql/views.sql); runs only after every audit passed."""
    views = warehouse.open().refresh_views()
    context.log.info(f"views refreshed: {', '.join(views)}")
    return dg.MaterializeResult(metadata={"views": dg.MetadataValue.json(views)})


@dg.asset(group_name="analysis", deps=[analyst_views, quarantine], kinds={"duckdb"})
def analyst_snapshot(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The file analysts query (WARWIRE_WAREHOUSE): a copy of the pipeline's file, renamed into place only after
    the whole night passed its checks. Sessions open on the previous copy keep reading it undisturbed. One file
    for every day, so not partitioned."""
    snapshot = warehouse.open().publish_snapshot()
    context.log.info(f"analysts' snapshot {snapshot.path}: {snapshot.bytes / 1e6:.1f} MB in {snapshot.seconds:.2f} s")
    return dg.MaterializeResult(metadata={"path": str(snapshot.path), "bytes": snapshot.bytes, "seconds": round(snapshot.seconds, 3)})
