"""Run a table's suite on its audit frame and summarise the outcome for Dagster and for people."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polars as pl

SUITES_DIR = Path(__file__).parent / "suites"
SAMPLE_ROWS = 5


@dataclass(frozen=True)
class FailedExpectation:
    expectation: str
    kwargs: dict
    unexpected_count: int | None
    sample_rows: list[dict]


@dataclass(frozen=True)
class AuditResult:
    table: str
    rows: int
    evaluated: int
    failures: list[FailedExpectation] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def suite_definition(table: str) -> dict:
    return json.loads((SUITES_DIR / f"{table}.json").read_text(encoding="utf-8"))


@cache
def _context():
    # Imported here: Great Expectations takes seconds to import and only audits need it.
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


@cache
def _batch_definition(table: str):
    source = _context().data_sources.add_or_update_pandas(f"warwire_{table}")
    return source.add_dataframe_asset(table).add_batch_definition_whole_dataframe("staged_partition")


@cache
def _suite(table: str):
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    definition = suite_definition(table)
    suite = gx.ExpectationSuite(name=definition["name"])
    for expectation in definition["expectations"]:
        suite.add_expectation_configuration(ExpectationConfiguration(type=expectation["type"], kwargs=expectation["kwargs"]))
    return suite


def _json_safe(row: dict) -> dict:
    return {key: (value if isinstance(value, (int, float, bool, str, type(None))) else str(value)) for key, value in row.items()}


def validate(table: str, frame: pl.DataFrame) -> AuditResult:
    """Validate the audit frame of a table with its suite."""
    pandas_frame = frame.to_pandas()
    batch = _batch_definition(table).get_batch(batch_parameters={"dataframe": pandas_frame})
    outcome = batch.validate(_suite(table), result_format={"result_format": "COMPLETE"})
    failures = []
    for result in outcome.results:
        if result.success:
            continue
        details = result.result or {}
        indexes = list(details.get("unexpected_index_list") or [])[:SAMPLE_ROWS]
        samples = [_json_safe(frame.row(index, named=True)) for index in indexes if isinstance(index, int)]
        config = result.expectation_config
        failures.append(FailedExpectation(config.type, dict(config.kwargs), details.get("unexpected_count"), samples))
    return AuditResult(table=table, rows=frame.height, evaluated=len(outcome.results), failures=failures)
