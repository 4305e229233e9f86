"""Benchmark: the first run of a partition against a rerun of the same, unchanged partition, in one process.

The partition holds the development corpus (tests/data/corpus, 40 real texts) and the seed article, all
re-dated to one publication day. Both runs are real Dagster runs of `nightly_job` on a temporary DuckDB file;
the rerun finds every article in the extraction cache and must not parse any. Prints seconds and the ratio.

    .venv/bin/python bench/rerun_cache.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "corpus" / "articles.jsonl"
SEED = REPO / "data" / "sample" / "seed-2024-12-08.jsonl"
DAY = "2024-12-08"
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def write_partition(landing: Path) -> int:
    """Every corpus article and the seed, published at noon on DAY (Paris)."""
    lines = [*CORPUS.read_text(encoding="utf-8").splitlines(), *SEED.read_text(encoding="utf-8").splitlines()]
    records = [{**json.loads(line), "published_at": f"{DAY}T12:00:00+01:00"} for line in lines if line.strip()]
    (landing / "bench.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return len(records)


def timed_run(job, instance) -> tuple[float, dict]:
    started = time.perf_counter()
    result = job.execute_in_process(partition_key=DAY, instance=instance, raise_on_error=True, run_config=QUIET)
    seconds = time.perf_counter() - started
    [materialization] = result.asset_materializations_for_node("event_mentions")
    return seconds, {key: value.value for key, value in materialization.metadata.items() if key.startswith("articles_")}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        landing = Path(tmp) / "landing"
        landing.mkdir()
        articles = write_partition(landing)
        os.environ.update({"WARWIRE_LANDING_DIR": str(landing), "WARWIRE_WAREHOUSE": str(Path(tmp) / "bench.duckdb"), "GX_ANALYTICS_ENABLED": "false"})
        import dagster as dg

        from orchestration.definitions import defs

        job = defs().resolve_job_def("nightly_job")
        with dg.DagsterInstance.ephemeral() as instance:
            first, first_counts = timed_run(job, instance)
            rerun, rerun_counts = timed_run(job, instance)
    print(f"partition {DAY}: {articles} articles")
    print(f"first run   {first:7.2f} s   {first_counts}")
    print(f"rerun       {rerun:7.2f} s   {rerun_counts}")
    print(f"first / rerun = {first / rerun:.1f}x")
    return 0 if rerun_counts.get("articles_parsed") == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
