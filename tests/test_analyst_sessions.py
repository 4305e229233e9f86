"""Analysts never block the night and never see half of it: a session held open across a whole nightly run and
32 query processes run against the warehouse while the night is published, each in its own process."""

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.analysts.session import PAUSE_SECONDS
from tests.conftest import NIGHT, SEED_PARTITION, add_night, copy_seed, run_cli, run_partition

SESSION = Path(__file__).parent / "analysts" / "session.py"
QUERY_PROCESSES = 32
START_TIMEOUT_S = 120


def start_session(mode: str, warehouse: Path, stop: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(SESSION), mode, str(warehouse), str(stop), str(out)])


def observations(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def wait_for_first_observation(outs: list[Path]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while not all(out.exists() and out.stat().st_size for out in outs):
        assert time.monotonic() < deadline, "analyst processes did not start"
        time.sleep(0.1)


def state_of_new_session(warehouse: Path, tmp_path: Path) -> list[int]:
    out = tmp_path / "new-session.jsonl"
    stop = tmp_path / "stop-now"
    stop.touch()
    start_session("queries", warehouse, stop, out).wait(timeout=START_TIMEOUT_S)
    (observation,) = observations(out)
    return observation["state"]


def test_open_sessions_and_32_query_processes_during_a_night(pipeline_env, tmp_path):
    landing, warehouse = pipeline_env
    copy_seed(landing)
    assert run_partition(SEED_PARTITION).success
    before = state_of_new_session(warehouse, tmp_path)
    add_night(landing)

    stop = tmp_path / "stop"
    holder_out = tmp_path / "holder.jsonl"
    holder = start_session("hold", warehouse, stop, holder_out)
    query_outs = [tmp_path / f"queries-{index}.jsonl" for index in range(QUERY_PROCESSES)]
    queriers = [start_session("queries", warehouse, stop, out) for out in query_outs]
    wait_for_first_observation([holder_out, *query_outs])

    run_started = time.time()
    night = run_cli("backfill", NIGHT, NIGHT, env={"DAGSTER_HOME": str(tmp_path / "dagster")})
    run_ended = time.time()
    # Let every query process open at least one session after the run.
    time.sleep(2 * PAUSE_SECONDS)
    stop.touch()
    for process in [holder, *queriers]:
        assert process.wait(timeout=START_TIMEOUT_S) == 0

    assert night.returncode == 0, night.stdout[-3000:] + night.stderr[-3000:]
    assert "Traceback" not in night.stdout + night.stderr
    after = state_of_new_session(warehouse, tmp_path)
    # Every published table gains rows, so a session that saw part of the night would see a mixed state.
    assert all(new > old for old, new in zip(before, after)), (before, after)

    held = observations(holder_out)
    assert held[0]["t"] < run_started and held[-1]["t"] > run_ended
    assert [o.get("error") for o in held if "error" in o] == []
    assert {tuple(o["state"]) for o in held} == {tuple(before)}

    queried = [observations(out) for out in query_outs]
    errors = [o["error"] for process in queried for o in process if "error" in o]
    assert errors == []
    during = [o for process in queried for o in process if run_started <= o["t"] <= run_ended]
    assert all(any(run_started <= o["t"] <= run_ended for o in process) for process in queried)
    assert {tuple(o["state"]) for process in queried for o in process} <= {tuple(before), tuple(after)}
    assert all(process[-1]["state"] == after for process in queried)

    latencies = sorted(o["seconds"] for process in queried for o in process)
    print(
        f"night {run_ended - run_started:.1f} s; {QUERY_PROCESSES} query processes, {len(latencies)} rounds "
        f"({len(during)} during the run), 0 errors; round latency median {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {latencies[int(0.95 * len(latencies))] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms; "
        f"the held session saw {len(held)} times the state before the night"
    )
