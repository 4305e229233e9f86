"""Write-audit-publish for Dagster assets: stage, validate with Great Expectations, publish or block."""

from collections.abc import Iterator
from datetime import date

import dagster as dg
import polars as pl

from expectations.validate import AuditResult, validate
from warehouse.store import Warehouse

CHECK_NAME = "great_expectations"


def gx_check_spec(table: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=CHECK_NAME,
        asset=table,
        blocking=True,
        description=f"Great Expectations suite expectations/suites/{table}.json on the staged rows; blocks publication.",
    )


def _check_metadata(result: AuditResult) -> dict:
    failures = [
        {
            "expectation": failure.expectation,
            "kwargs": failure.kwargs,
            "unexpected_count": failure.unexpected_count,
            "sample_rows": failure.sample_rows,
        }
        for failure in result.failures
    ]
    return {
        "staged_rows": result.rows,
        "expectations_evaluated": result.evaluated,
        "failed_expectations": dg.MetadataValue.json(failures),
    }


def audit_and_publish(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    frames: dict[str, pl.DataFrame],
    partition_date: date | None,
) -> Iterator[dg.AssetCheckResult | dg.MaterializeResult]:
    """Tables of one family are published together, in one transaction, only if every suite passes."""
    for table, rows in frames.items():
        warehouse.stage(table, rows, partition_date)
    results = {table: validate(table, warehouse.audit_frame(table, partition_date)) for table in frames}
    passed = all(result.passed for result in results.values())
    published = warehouse.publish(tuple(frames), partition_date) if passed else {}
    for table, result in results.items():
        if not result.passed:
            failed = ", ".join(f"{f.expectation}({f.kwargs.get('column') or f.kwargs.get('column_A', '')})" for f in result.failures)
            context.log.error(f"{table}: audit failed, published table left unchanged: {failed}")
        yield dg.AssetCheckResult(
            asset_key=table,
            check_name=CHECK_NAME,
            passed=result.passed,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata=_check_metadata(result),
        )
    for table, rows in published.items():
        context.log.info(f"{table}: published {rows} rows")
        yield dg.MaterializeResult(asset_key=table, metadata={"published_rows": rows})
