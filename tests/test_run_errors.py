"""A command that cannot do its work says why, with an exit code per cause, and never leaves a damaged file in
the warehouse's place: bad settings, out-of-range dates, damaged warehouse files."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from orchestration.cli import EXIT_RUN_ERROR, EXIT_USAGE, main
from orchestration.defs.partitions import daily_partitions
from tests.conftest import copy_seed, run_cli
from transforms.records import PARTITION_TIMEZONE, Article, validate_record
from warehouse.integrity import database_problem
from warehouse.snapshot import incoming_file, pipeline_file
from warehouse.store import Warehouse, WarehouseDamagedError


def cli_env(tmp_path: Path, landing: Path, **settings: str) -> dict:
    env = {"WARWIRE_LANDING_DIR": str(landing), "WARWIRE_WAREHOUSE": str(tmp_path / "wh" / "warwire.duckdb"), "DAGSTER_HOME": str(tmp_path / "dagster")}
    return {**env, **settings}


def assert_says(result, code: int, message: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == code, output[-3000:]
    assert message in result.stderr, output[-3000:]
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("WARWIRE_LOCK_TIMEOUT", "dix", "bad setting WARWIRE_LOCK_TIMEOUT='dix': expected a number of at least 0"),
        ("WARWIRE_LOCK_TIMEOUT", "-5", "bad setting WARWIRE_LOCK_TIMEOUT='-5': expected a number of at least 0"),
        ("WARWIRE_EXTRACT_PROCESSES", "0", "bad setting WARWIRE_EXTRACT_PROCESSES='0': expected a whole number of at least 1"),
        ("WARWIRE_EXTRACT_PROCESSES", "deux", "bad setting WARWIRE_EXTRACT_PROCESSES='deux'"),
        ("WARWIRE_MAX_FILE_BYTES", "256MB", "bad setting WARWIRE_MAX_FILE_BYTES='256MB': expected a whole number of at least 1"),
        ("WARWIRE_MAX_RECORD_BYTES", "1.5", "bad setting WARWIRE_MAX_RECORD_BYTES='1.5'"),
        ("WARWIRE_LANDING_DIR", "", "bad setting WARWIRE_LANDING_DIR='': expected a path, got nothing"),
        ("WARWIRE_WAREHOUSE", "", "bad setting WARWIRE_WAREHOUSE='': expected a path, got nothing"),
    ],
)
def test_a_bad_setting_is_named_before_any_run(name, value, message, tmp_path, landing):
    copy_seed(landing)
    result = run_cli("run", env=cli_env(tmp_path, landing, **{name: value}))
    assert_says(result, EXIT_USAGE, message)
    assert not (tmp_path / "dagster" / "history").exists()  # no run was started


def test_a_warehouse_path_that_cannot_be_a_file_is_named(tmp_path, landing):
    copy_seed(landing)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert_says(run_cli("run", env=cli_env(tmp_path, landing, WARWIRE_WAREHOUSE=str(folder))), EXIT_USAGE, "is a folder; expected a DuckDB file")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run_cli("run", env=cli_env(tmp_path, landing, WARWIRE_WAREHOUSE=str(blocker / "warwire.duckdb")))
    assert_says(result, EXIT_USAGE, f"cannot write in {blocker}")


def test_a_backfill_outside_the_daily_partitions_stops_at_once(tmp_path, landing):
    result = run_cli("backfill", "2025-01-01", "9999-12-31", env=cli_env(tmp_path, landing))
    assert_says(result, EXIT_USAGE, "the daily partitions run from 2014-01-01 to ")
    result = run_cli("backfill", "2013-12-01", "2014-01-02", env=cli_env(tmp_path, landing))
    assert_says(result, EXIT_USAGE, "2013-12-01 to 2014-01-02 is not within them")


def test_an_article_stamped_just_after_midnight_by_a_fast_clock_has_a_partition():
    """At 23:30 in Paris a clock an hour ahead stamps tomorrow: the record is accepted, so its day must exist."""
    now = datetime(2025, 3, 14, 23, 30, tzinfo=PARTITION_TIMEZONE)
    record = {"id": "a", "published_at": (now + timedelta(minutes=50)).isoformat(), "text": "Le marché couvert a rouvert."}
    accepted = validate_record(record, "horloge.jsonl", 1, now=now)
    assert isinstance(accepted, Article) and accepted.partition_date.isoformat() == "2025-03-15"
    assert daily_partitions.get_partition_keys(current_time=now)[-1] == "2025-03-15"


def run_seed(tmp_path: Path, landing: Path):
    return run_cli("run", env=cli_env(tmp_path, landing))


@pytest.fixture
def published_seed(tmp_path, landing) -> Path:
    """A warehouse after one successful night; returns the analysts' file."""
    copy_seed(landing)
    result = run_seed(tmp_path, landing)
    assert result.returncode == 0, result.stderr[-3000:]
    return tmp_path / "wh" / "warwire.duckdb"


@pytest.mark.parametrize("kept_bytes", [0, 300_000])
def test_a_damaged_snapshot_is_never_restored(kept_bytes, published_seed, tmp_path, landing):
    pipeline = pipeline_file(published_seed)
    pipeline.unlink()
    with open(published_seed, "r+b") as snapshot:
        snapshot.truncate(kept_bytes)
    result = run_seed(tmp_path, landing)
    assert_says(result, EXIT_RUN_ERROR, f"the analysts' snapshot {published_seed} it is restored from is damaged")
    assert "Move the snapshot aside" in result.stderr
    assert not pipeline.exists() and not incoming_file(pipeline).exists()

    # Moved aside as the message says, the next run rebuilds the warehouse from the landing folder.
    published_seed.rename(published_seed.with_suffix(".damaged"))
    assert run_seed(tmp_path, landing).returncode == 0
    assert database_problem(published_seed) is None


def test_a_whole_snapshot_is_restored(published_seed, tmp_path, landing):
    pipeline = pipeline_file(published_seed)
    pipeline.unlink()
    assert run_seed(tmp_path, landing).returncode == 0
    assert database_problem(pipeline) is None


def test_a_restore_killed_halfway_leaves_no_pipeline_file(published_seed, monkeypatch):
    """The copy is written under another name and renamed only once whole: a copy cut short by a kill is never
    taken for the pipeline's file."""
    pipeline = pipeline_file(published_seed)
    pipeline.unlink()

    def killed_copy(source: Path, target: Path) -> None:
        target.write_bytes(source.read_bytes()[:100_000])
        raise KeyboardInterrupt

    monkeypatch.setattr("warehouse.store.write_copy", killed_copy)
    with pytest.raises(KeyboardInterrupt):
        Warehouse(published_seed).ensure_schema()
    assert not pipeline.exists()
    monkeypatch.undo()
    Warehouse(published_seed).ensure_schema()
    assert database_problem(pipeline) is None


def test_a_damaged_pipeline_file_is_named_by_run_and_backfill(published_seed, tmp_path, landing):
    pipeline = pipeline_file(published_seed)
    with open(pipeline, "r+b") as handle:
        handle.truncate(5000)
    message = f"the pipeline's file {pipeline} cannot be opened"
    assert_says(run_seed(tmp_path, landing), EXIT_RUN_ERROR, message)
    assert_says(run_cli("backfill", "2024-12-08", "2024-12-08", env=cli_env(tmp_path, landing)), EXIT_RUN_ERROR, message)
    with pytest.raises(WarehouseDamagedError, match="Move it aside"):
        Warehouse(published_seed).ensure_schema()


def test_an_error_in_a_step_is_told_apart_from_failed_checks(published_seed, tmp_path, landing, monkeypatch, capsys):
    """A run that stops on an error names the step and the error, exits 3, and leaves the published tables."""
    monkeypatch.setenv("WARWIRE_LANDING_DIR", str(landing))
    monkeypatch.setenv("WARWIRE_WAREHOUSE", str(published_seed))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster"))
    before = published_seed.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Warehouse, "publish_day", full_disk)
    assert main(["backfill", "2024-12-08", "2024-12-08"]) == EXIT_RUN_ERROR
    error = capsys.readouterr().err
    assert "warwire: 2024-12-08 stopped on an error; its published rows are left unchanged: step " in error
    assert "[Errno 28] No space left on device" in error
    assert "failed its checks" not in error
    assert published_seed.read_bytes() == before
