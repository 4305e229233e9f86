from datetime import date

import dagster as dg

from orchestration.defs.partitions import daily_partitions
from orchestration.defs.resources import WarehouseResource
from warehouse.store import DAY_FAMILIES

DAY_TABLES = [table for family in DAY_FAMILIES for table in family]


@dg.asset(partitions_def=daily_partitions, group_name="publish", deps=DAY_TABLES, kinds={"duckdb"})
def published_day(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The day's audited articles and facts, published together in one transaction once every audit of the day
    passed: no table holds a day's articles without its facts, nor one fact family of a day without the others,
    whatever stopped a run."""
    day = date.fromisoformat(context.partition_key)
    published = warehouse.open().publish_day(day)
    for table, rows in published.items():
        context.log.info(f"{table}: published {rows} rows")
    return dg.MaterializeResult(metadata={f"{table}_rows": rows for table, rows in published.items()})
