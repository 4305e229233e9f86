import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).parent / "data"
SAMPLE = REPO / "data" / "sample"
SEED_FILE = SAMPLE / "seed-2024-12-08.jsonl"
SEED_PARTITION = "2024-12-08"
# A night after the seed's day: the sample's wire copy of 2025-03-14, which adds rows to every published table.
NIGHT = "2025-03-14"
NIGHT_FILES = ("wire-style-2025-03-14.csv", "wire-style-reprints-2025-03-15.jsonl")


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    folder = tmp_path / "landing"
    folder.mkdir()
    return folder


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "test.duckdb"


@pytest.fixture
def pipeline_env(landing: Path, warehouse_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("WARWIRE_LANDING_DIR", str(landing))
    monkeypatch.setenv("WARWIRE_WAREHOUSE", str(warehouse_path))
    monkeypatch.setenv("GX_ANALYTICS_ENABLED", "false")
    return landing, warehouse_path


def run_partition(partition: str, instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    """A real run of the nightly job (every asset and check) for one partition."""
    from orchestration.definitions import defs

    job = defs().resolve_job_def("nightly_job")
    return job.execute_in_process(partition_key=partition, instance=instance or dg.DagsterInstance.ephemeral(), raise_on_error=False)


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The `warwire` command as the README runs it."""
    full_env = {**os.environ, "GX_ANALYTICS_ENABLED": "false", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "orchestration.cli", *args], cwd=REPO, env=full_env, capture_output=True, text=True, timeout=900
    )


def copy_seed(landing: Path) -> None:
    shutil.copy(SEED_FILE, landing / SEED_FILE.name)


def add_night(landing: Path) -> None:
    for name in NIGHT_FILES:
        shutil.copy(SAMPLE / name, landing / name)


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
