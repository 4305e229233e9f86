"""Shared harness of the scaling benchmarks: every scenario and size runs in fresh processes of its own, which
report the seconds and the peak memory of the measured step alone; sizes double, so each figure is compared, as
a ratio, with the one of the size before it in the same run (the machine is shared, absolute figures move
between runs).

Each size runs REPEATS times, in rounds over all sizes, and keeps its fastest time and smallest peak: the load
of other processes only ever adds to a run's cost, so the least of a few runs is the closest to the step's own
(as `timeit` advises), and rounds spread a spell of load over every size instead of one.

A benchmark script calls `main(script, scenarios, sizes)`: with no arguments it runs every scenario and size in
child processes and prints one table per scenario; a child (`--child SCENARIO SIZE`) calls `scenarios[name](size)`,
which builds its input, then measures the step inside `measured()` and returns the figures, with any counts to
print beside them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Acceptance bound: doubling the input may cost at most this much time or memory.
DOUBLING_LIMIT = 2.3
REPEATS = 3
MIB = 1024 * 1024
MEASURES = ("seconds", "peak_bytes", "start_bytes")


def _status_bytes(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


@contextmanager
def measured() -> Iterator[dict]:
    """Seconds and memory of the block: resident memory at its start, and the peak above it (the kernel's
    peak is reset first, so the set-up before the block does not count)."""
    Path("/proc/self/clear_refs").write_text("5")
    figures = {"start_bytes": _status_bytes("VmRSS")}
    started = time.perf_counter()
    yield figures
    figures["seconds"] = time.perf_counter() - started
    figures["peak_bytes"] = _status_bytes("VmHWM") - figures["start_bytes"]


def run_child(script: Path, scenario: str, size: int) -> dict:
    result = subprocess.run([sys.executable, str(script), "--child", scenario, str(size)], capture_output=True, text=True, cwd=REPO)
    if result.returncode != 0:
        raise SystemExit(f"{script.name} --child {scenario} {size} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def best_of(runs: list[dict]) -> dict:
    """The fastest time and the smallest peak of repeated runs; the counts of the first (they do not vary)."""
    return runs[0] | {"seconds": min(run["seconds"] for run in runs), "peak_bytes": min(run["peak_bytes"] for run in runs)}


def doubling_table(label: str, rows: list[tuple[int, dict]]) -> tuple[str, bool]:
    """The figures of each size, their ratio to the previous size and the counts the scenario reports; whether
    every ratio is within the limit."""
    counts = [name for name in rows[0][1] if name not in MEASURES]
    lines = [f"{label:>14} {'seconds':>9} {'ratio':>6} {'peak MiB':>9} {'ratio':>6}" + "".join(f" {name:>10}" for name in counts)]
    within = True
    previous = None
    for size, figures in rows:
        seconds, peak = figures["seconds"], max(figures["peak_bytes"], MIB)  # below 1 MiB the ratio is noise
        if previous is None:
            ratios = (f"{'':>6}", f"{'':>6}")
        else:
            time_ratio, memory_ratio = seconds / previous[0], peak / previous[1]
            within &= time_ratio <= DOUBLING_LIMIT and memory_ratio <= DOUBLING_LIMIT
            ratios = (f"{time_ratio:>5.2f}x", f"{memory_ratio:>5.2f}x")
        shown_counts = "".join(f" {figures[name]:>10,}" for name in counts)
        lines.append(f"{size:>14,} {seconds:>9.2f} {ratios[0]} {peak / MIB:>9.1f} {ratios[1]}{shown_counts}")
        previous = seconds, peak
    return "\n".join(lines), within


def main(script: Path, scenarios: dict[str, Callable[[int], dict]], sizes: list[int]) -> int:
    """Parent: every scenario and size, REPEATS times each, then one table per scenario; exits 1 if a doubling
    costs more than DOUBLING_LIMIT. Child: one measure, printed as one JSON line."""
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(scenarios[sys.argv[2]](int(sys.argv[3]))))
        return 0
    all_within = True
    for scenario in scenarios:
        runs: dict[int, list[dict]] = {size: [] for size in sizes}
        for repeat in range(1, REPEATS + 1):  # round after round, so that a spell of load weighs on every size
            for size in sizes:
                runs[size].append(run_child(script, scenario, size))
                print(f"  {scenario} {size:,} ({repeat}/{REPEATS}): {runs[size][-1]['seconds']:.2f} s", file=sys.stderr, flush=True)
        rows = [(size, best_of(runs[size])) for size in sizes]
        table, within = doubling_table(scenario, rows)
        all_within &= within
        print(f"{table}\n")
    print(f"every doubling within {DOUBLING_LIMIT}x in time and memory (best of {REPEATS} runs): {'yes' if all_within else 'no'}")
    return 0 if all_within else 1
