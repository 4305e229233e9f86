"""Benchmark: a nightly run alone against the same run while 32 analyst processes query the warehouse.

The warehouse holds the seed's day; the night adds the sample's 2025-03-14 wire copy. Each night is a real
`warwire backfill` process on its own copy of the warehouse; the analysts are separate processes
(tests/analysts/session.py), each opening a read-only session per round of queries. Prints the two nights'
seconds and their ratio, the analysts' rounds, errors and latencies.

    .venv/bin/python bench/analyst_load.py [--processes 32]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SESSION = REPO / "tests" / "analysts" / "session.py"
SAMPLE = REPO / "data" / "sample"
SEED_DAY, NIGHT = "2024-12-08", "2025-03-14"
NIGHT_FILES = ("wire-style-2025-03-14.csv", "wire-style-reprints-2025-03-15.jsonl")


def warwire(folder: Path, *args: str) -> float:
    env = {
        **os.environ,
        "WARWIRE_LANDING_DIR": str(folder / "landing"),
        "WARWIRE_WAREHOUSE": str(folder / "warwire.duckdb"),
        "DAGSTER_HOME": str(folder / "dagster"),
        "GX_ANALYTICS_ENABLED": "false",
    }
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "orchestration.cli", *args], cwd=REPO, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def prepare(root: Path, name: str, baseline: Path) -> Path:
    folder = root / name
    shutil.copytree(baseline, folder, ignore=shutil.ignore_patterns("dagster", "*.lock"))
    for file in NIGHT_FILES:
        shutil.copy(SAMPLE / file, folder / "landing" / file)
    return folder


def night_with_analysts(folder: Path, processes: int) -> tuple[float, list[dict]]:
    stop = folder / "stop"
    outs = [folder / f"analyst-{index}.jsonl" for index in range(processes)]
    analysts = [subprocess.Popen([sys.executable, str(SESSION), "queries", str(folder / "warwire.duckdb"), str(stop), str(out)]) for out in outs]
    while not all(out.exists() and out.stat().st_size for out in outs):
        time.sleep(0.1)
    seconds = warwire(folder, "backfill", NIGHT, NIGHT)
    stop.touch()
    for analyst in analysts:
        analyst.wait()
    return seconds, [json.loads(line) for out in outs for line in out.read_text().splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        baseline = root / "baseline"
        (baseline / "landing").mkdir(parents=True)
        shutil.copy(SAMPLE / f"seed-{SEED_DAY}.jsonl", baseline / "landing")
        warwire(baseline, "backfill", SEED_DAY, SEED_DAY)
        alone = warwire(prepare(root, "alone", baseline), "backfill", NIGHT, NIGHT)
        loaded, rounds = night_with_analysts(prepare(root, "loaded", baseline), args.processes)
    errors = [r for r in rounds if "error" in r]
    latencies = sorted(r["seconds"] for r in rounds if "error" not in r)
    print(f"night alone                          {alone:8.1f} s")
    print(f"night with {args.processes} analyst processes       {loaded:8.1f} s")
    print(f"with analysts / alone                {loaded / alone:8.2f}")
    print(f"analyst rounds                       {len(rounds):8d}  ({len(errors)} errors)")
    print(f"round latency median / p95 / max     {statistics.median(latencies) * 1000:.0f} / {latencies[int(0.95 * len(latencies))] * 1000:.0f} / {latencies[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
