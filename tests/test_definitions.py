"""The Dagster definitions load and hold the assets, the blocking checks and the nightly schedule."""

import os
import subprocess
import sys
from pathlib import Path
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg

from orchestration.definitions import defs
from orchestration.defs.schedules import nightly_schedule
from tests.conftest import REPO

ASSETS = {
    "quarantine", "raw_articles", "articles", "regions", "actors", "event_mentions", "interception_claims", "interceptions",
    "aid_packages", "diplomatic_meetings", "meeting_participants", "published_day", "analyst_views", "analyst_report", "analyst_snapshot",
}
CHECKED = {"articles", "regions", "actors", "interception_claims", "interceptions", "aid_packages", "diplomatic_meetings", "meeting_participants"}


def test_dg_checks_the_definitions():
    venv_bin = Path(sys.executable).parent
    env = {**os.environ, "VIRTUAL_ENV": str(venv_bin.parent), "PATH": f"{venv_bin}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run([str(venv_bin / "dg"), "check", "defs"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "All definitions loaded successfully." in output
    assert "warning" not in output.lower()


def test_assets_checks_schedule_and_sensor():
    definitions = defs()
    graph = definitions.resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == ASSETS
    checks = {key.asset_key.to_user_string(): graph.get_check_spec(key) for key in graph.asset_check_keys}
    assert set(checks) == CHECKED
    assert all(spec.blocking for spec in checks.values())
    schedule = definitions.resolve_schedule_def("nightly_schedule")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Europe/Paris"
    tick = datetime(2024, 12, 9, 2, 0, tzinfo=ZoneInfo("Europe/Paris"))
    request = nightly_schedule(dg.build_schedule_context(scheduled_execution_time=tick))
    assert request.partition_key == "2024-12-08"
    sensor = definitions.resolve_sensor_def("landing_sensor")
    assert sorted(job.name for job in sensor.jobs) == ["nightly_job", "quarantine_job"]
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
    quarantine_job = definitions.resolve_job_def("quarantine_job")
    assert {key.to_user_string() for key in quarantine_job.asset_layer.executable_asset_keys} == {"quarantine", "regions", "actors", "analyst_snapshot"}
