"""Write-audit-publish for Dagster assets: stage, validate with Great Expectations, and publish or block."""

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


def _staged_and_audited(
    context: dg.AssetExecutionContext, warehouse: Warehouse, frames: dict[str, pl.DataFrame], partition_date: date | None
) -> tuple[dict[str, AuditResult], list[dg.AssetCheckResult]]:
    for table, rows in frames.items():
        warehouse.stage(table, rows, partition_date)
    results = {table: validate(table, warehouse.audit_frame(table, partition_date)) for table in frames}
    checks = []
    for table, result in results.items():
        warehouse.record_audit(table, partition_date, result.passed)
        if not result.passed:
            failed = ", ".join(f"{f.expectation}({f.kwargs.get('column') or f.kwargs.get('column_A', '')})" for f in result.failures)
            context.log.error(f"{table}: audit failed, nothing of the day is published: {failed}")
        checks.append(
            dg.AssetCheckResult(
                asset_key=table, check_name=CHECK_NAME, passed=result.passed, severity=dg.AssetCheckSeverity.ERROR, metadata=_check_metadata(result)
            )
        )
    return results, checks


def stage_and_audit(
    context: dg.AssetExecutionContext, warehouse: Warehouse, frames: dict[str, pl.DataFrame], partition_date: date
) -> Iterator[dg.AssetCheckResult | dg.MaterializeResult]:
    """A day's rows of one family, staged and audited; `published_day` publishes them with the rest of the day
    once every audit of the day has passed. A table that fails is not materialised, which stops the day."""
    results, checks = _staged_and_audited(context, warehouse, frames, partition_date)
    yield from checks
    for table, result in results.items():
        if result.passed:
            yield dg.MaterializeResult(asset_key=table, metadata={"staged_rows": result.rows})


def audit_and_publish(context: dg.AssetExecutionContext, warehouse: Warehouse, table: str, rows: pl.DataFrame) -> Iterator[dg.AssetCheckResult | dg.MaterializeResult]:
    """A reference table, staged, audited and published at once: it belongs to no day."""
    results, checks = _staged_and_audited(context, warehouse, {table: rows}, None)
    yield from checks
    if results[table].passed:
        published = warehouse.publish_reference(table)
        context.log.info(f"{table}: published {published} rows")
        yield dg.MaterializeResult(asset_key=table, metadata={"published_rows": published})
