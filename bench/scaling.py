"""Shared harness of the scaling benchmarks: each size runs in a fresh process of its own, which reports the
seconds and the peak memory of the measured step alone; sizes double, so each figure is compared, as a ratio,
with the one before it in the same run (the machine is shared, absolute figures move between runs).

A benchmark script calls `main(sizes, measure)`: with no arguments it runs every size in a child process and
prints the table; a child (`--child SIZE`) builds its input, then calls `measure` inside `measured()`.
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
MIB = 1024 * 1024


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


def run_child(script: Path, size: int) -> dict:
    result = subprocess.run([sys.executable, str(script), "--child", str(size)], capture_output=True, text=True, cwd=REPO)
    if result.returncode != 0:
        raise SystemExit(f"{script.name} --child {size} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def doubling_table(label: str, rows: list[tuple[int, dict]]) -> tuple[str, bool]:
    """The figures of each size and their ratio to the previous size; whether every ratio is within the limit."""
    lines = [f"{label:>14} {'seconds':>9} {'ratio':>6} {'peak MiB':>9} {'ratio':>6}"]
    within = True
    previous = None
    for size, figures in rows:
        seconds, peak = figures["seconds"], max(figures["peak_bytes"], MIB)  # below 1 MiB the ratio is noise
        if previous is None:
            lines.append(f"{size:>14,} {seconds:>9.2f} {'':>6} {peak / MIB:>9.1f} {'':>6}")
        else:
            time_ratio, memory_ratio = seconds / previous[0], peak / previous[1]
            within &= time_ratio <= DOUBLING_LIMIT and memory_ratio <= DOUBLING_LIMIT
            lines.append(f"{size:>14,} {seconds:>9.2f} {time_ratio:>5.2f}x {peak / MIB:>9.1f} {memory_ratio:>5.2f}x")
        previous = seconds, peak
    return "\n".join(lines), within


def main(script: Path, label: str, sizes: list[int], child: Callable[[int], dict]) -> int:
    """Parent: every size in its own process, then the table. Child: `child(size)` returns the measured figures
    (from `measured()`) plus anything to print, as one JSON line."""
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(child(int(sys.argv[2]))))
        return 0
    rows = []
    for size in sizes:
        rows.append((size, run_child(script, size)))
        print(f"  {label} {size:,}: {rows[-1][1]['seconds']:.2f} s", file=sys.stderr, flush=True)
    table, within = doubling_table(label, rows)
    print(table)
    print(f"every doubling within {DOUBLING_LIMIT}x in time and memory: {'yes' if within else 'no'}")
    return 0 if within else 1
