"""Two partitions run at the same time, in two processes, on one warehouse file: both succeed."""

import os
import shutil
import subprocess
import sys

import dagster as dg
import duckdb

from tests.conftest import REPO, SAMPLE, SEED_PARTITION, copy_seed

WIRE_FILE = SAMPLE / "wire-style-2025-03-14.csv"
WIRE_PARTITION = "2025-03-14"


def test_two_parallel_partition_runs_both_succeed(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    copy_seed(landing)
    shutil.copy(WIRE_FILE, landing / WIRE_FILE.name)
    warehouse = tmp_path / "warwire.duckdb"
    # The instance exists before the night starts, as the project's dagster_home does.
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    dg.DagsterInstance.from_config(str(home)).dispose()
    env = {
        **os.environ, "GX_ANALYTICS_ENABLED": "false", "DAGSTER_HOME": str(home),
        "WARWIRE_LANDING_DIR": str(landing), "WARWIRE_WAREHOUSE": str(warehouse),
    }
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "orchestration.cli", "backfill", day, day], cwd=REPO, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        for day in (SEED_PARTITION, WIRE_PARTITION)
    ]
    outputs = [run.communicate(timeout=900)[0] for run in runs]
    for run, output in zip(runs, outputs):
        assert run.returncode == 0, output
        assert "FAILED" not in output and "Traceback" not in output, output
    con = duckdb.connect(str(warehouse), read_only=True)
    days = con.execute("SELECT partition_date::VARCHAR, count(*) FROM articles GROUP BY ALL ORDER BY 1").fetchall()
    claims = con.execute("SELECT total FROM interception_claims ORDER BY total").fetchall()
    con.close()
    assert days == [(SEED_PARTITION, 1), (WIRE_PARTITION, 2)]
    assert claims == [(12,), (46,), (98,)]
