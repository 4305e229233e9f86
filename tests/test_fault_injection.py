"""A night killed with SIGKILL during ingestion, extraction, publishing or the analysts' copy: the tables analysts
read are exactly as before it, and a rerun publishes exactly what an uninterrupted night publishes."""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import NIGHT, REPO, SEED_PARTITION, add_night, copy_seed, run_partition
from tests.faults.run_killed import KILL_POINTS
from warehouse.snapshot import pipeline_file
from warehouse.store import FACT_TABLES, PUBLISHED_TABLES

RUN_KILLED = Path(__file__).parent / "faults" / "run_killed.py"
# Tables a kill before or inside the day's publish transaction must leave as they were in the pipeline's own file too.
EVERY_PUBLISHED_TABLE = [f"main.{table}" for table in PUBLISHED_TABLES] + [f"reports.{table}" for table in FACT_TABLES]
ROLLED_BACK = {"ingest": EVERY_PUBLISHED_TABLE, "between_audits": EVERY_PUBLISHED_TABLE, "publish": EVERY_PUBLISHED_TABLE}


def published_state(path: Path) -> dict[str, list[tuple]]:
    """Every published row: the tables, the per-article reports, the quarantine (less its clock column)."""
    queries = {f"main.{table}": f"FROM main.{table}" for table in PUBLISHED_TABLES}
    queries |= {f"reports.{table}": f"FROM reports.{table}" for table in FACT_TABLES}
    queries["main.quarantine"] = "SELECT * EXCLUDE (quarantined_at) FROM main.quarantine"
    with duckdb.connect(str(path), read_only=True) as con:
        return {name: sorted(con.execute(query).fetchall(), key=repr) for name, query in queries.items()}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def nights(tmp_path_factory):
    """The warehouse after the seed's day (before the night), and the analysts' tables after an uninterrupted night."""
    root = tmp_path_factory.mktemp("nights")
    baseline = root / "baseline" / "warwire.duckdb"
    with pytest.MonkeyPatch.context() as env:
        landing = root / "landing"
        landing.mkdir()
        copy_seed(landing)
        env.setenv("WARWIRE_LANDING_DIR", str(landing))
        env.setenv("WARWIRE_WAREHOUSE", str(baseline))
        assert run_partition(SEED_PARTITION).success
        reference = root / "reference" / "warwire.duckdb"
        copy_warehouse(baseline, reference)
        env.setenv("WARWIRE_WAREHOUSE", str(reference))
        add_night(landing)
        assert run_partition(NIGHT).success
    return baseline, published_state(reference)


def copy_warehouse(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True)
    for path in (source, pipeline_file(source)):
        shutil.copy(path, target.with_name(path.name.replace(source.stem, target.stem, 1)))


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_killed_night_changes_nothing_and_rerun_completes_it(point, nights, pipeline_env, tmp_path):
    baseline, uninterrupted = nights
    landing, warehouse = pipeline_env
    copy_warehouse(baseline, warehouse)
    copy_seed(landing)
    add_night(landing)
    before, before_file = published_state(warehouse), sha256(warehouse)
    pipeline_before = published_state(pipeline_file(warehouse))

    killed = subprocess.run(
        [sys.executable, str(RUN_KILLED), point, "backfill", NIGHT, NIGHT],
        cwd=REPO,
        env={**os.environ, "DAGSTER_HOME": str(tmp_path / "dagster")},
        capture_output=True,
        text=True,
        timeout=900,
        start_new_session=True,
    )

    assert killed.returncode == -signal.SIGKILL, killed.stdout[-2000:] + killed.stderr[-2000:]
    assert sha256(warehouse) == before_file
    assert published_state(warehouse) == before
    pipeline_after = published_state(pipeline_file(warehouse))
    assert {t: pipeline_after[t] for t in ROLLED_BACK.get(point, [])} == {t: pipeline_before[t] for t in ROLLED_BACK.get(point, [])}

    assert run_partition(NIGHT).success
    assert published_state(warehouse) == uninterrupted
