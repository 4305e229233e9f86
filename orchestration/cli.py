"""`warwire run` materialises every partition of the landing folder through the Dagster job, `warwire backfill`
every day of a date range; `warwire eval` scores the extractor against gold facts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path

DEFAULTS = {
    "WARWIRE_WAREHOUSE": "warehouse/warwire.duckdb",
    "WARWIRE_LANDING_DIR": "data/sample",
    "DAGSTER_HOME": "dagster_home",
}
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def _configure_environment(args: argparse.Namespace) -> None:
    if args.warehouse:
        os.environ["WARWIRE_WAREHOUSE"] = args.warehouse
    if args.landing:
        os.environ["WARWIRE_LANDING_DIR"] = args.landing
    for name, default in DEFAULTS.items():
        os.environ.setdefault(name, default)
    # Dagster wants an absolute DAGSTER_HOME.
    os.environ["DAGSTER_HOME"] = str(Path(os.environ["DAGSTER_HOME"]).resolve())
    Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)


def _materialise(partitions: list[str]) -> int:
    """Run the nightly job for each day in turn, recorded in DAGSTER_HOME so that the UI shows the runs."""
    import dagster as dg

    from orchestration.definitions import defs
    from orchestration.defs.partitions import daily_partitions
    from warehouse.store import Warehouse

    job = defs().resolve_job_def("nightly_job")
    outside = [day for day in partitions if not daily_partitions.has_partition_key(day)]
    if outside:
        print(f"skipped {len(outside)} day(s) outside the daily partitions (from {daily_partitions.start:%Y-%m-%d}): {', '.join(outside)}")
    partitions = [day for day in partitions if day not in outside]
    failed = []
    with dg.DagsterInstance.get() as instance:
        for index, partition in enumerate(partitions, start=1):
            print(f"[{index}/{len(partitions)}] {partition} ...", flush=True)
            result = job.execute_in_process(partition_key=partition, instance=instance, raise_on_error=False, run_config=QUIET_RUN_CONFIG)
            if not result.success:
                failed.append(partition)
                print(f"[{index}/{len(partitions)}] {partition} FAILED (run {result.run_id}); published tables left unchanged")
    warehouse = Warehouse(os.environ["WARWIRE_WAREHOUSE"])
    if warehouse.analyst_path.is_file():
        print(f"\nwarehouse {warehouse.analyst_path} (the analysts' snapshot)")
        for table, count in warehouse.row_counts().items():
            print(f"  {table:<22}{count:>7}")
    else:
        print(f"\nno night has passed its checks yet: {warehouse.analyst_path} is not written", file=sys.stderr)
    if failed:
        print(f"{len(failed)} partition(s) failed their checks: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    _configure_environment(args)
    from datetime import datetime, timezone

    from transforms.batches import read_landing_dir
    from transforms.input_limits import InputLimits

    landing = Path(os.environ["WARWIRE_LANDING_DIR"])
    try:
        batch = read_landing_dir(landing, InputLimits.from_env(os.environ), now=datetime.now(timezone.utc))
    except (OSError, ValueError) as error:  # no landing folder, or a size limit that is not a positive number
        print(f"warwire: {error}", file=sys.stderr)
        return 2
    partitions = sorted({article.partition_date.isoformat() for article in batch.articles})
    print(f"landing folder {landing}: {len(batch.articles)} articles over {len(partitions)} days, {len(batch.quarantined)} records quarantined")
    return _materialise(partitions)


def backfill(args: argparse.Namespace) -> int:
    _configure_environment(args)
    first, last = args.first, args.last
    if last < first:
        print(f"warwire: {args.last} is before {args.first}", file=sys.stderr)
        return 2
    days = [(first + timedelta(days=offset)).isoformat() for offset in range((last - first).days + 1)]
    print(f"backfilling {len(days)} day(s) from {first} to {last} with the landing folder {os.environ['WARWIRE_LANDING_DIR']}")
    return _materialise(days)


def sql(args: argparse.Namespace) -> int:
    from warehouse.store import QueryError, Warehouse

    _configure_environment(args)
    path = Path(os.environ["WARWIRE_WAREHOUSE"])
    if not path.is_file():
        print(f"warwire: no warehouse at {path}; run `make run` first", file=sys.stderr)
        return 2
    query = args.query if args.query is not None else sys.stdin.read()
    try:
        Warehouse(path).show_query(query)
    except QueryError as error:
        print(f"warwire: {error}", file=sys.stderr)
        return 1
    return 0


def evaluate(args: argparse.Namespace) -> int:
    from transforms.evaluation import evaluate as score, format_table, read_jsonl
    from transforms.nlp import shared_pipeline
    from transforms.predict import predict_articles

    scores = score(read_jsonl(Path(args.articles)), read_jsonl(Path(args.gold)), lambda articles: predict_articles(shared_pipeline, articles))
    if args.json:
        print(json.dumps({lang: {family: s.as_dict() for family, s in families.items()} for lang, families in scores.items()}, ensure_ascii=False, indent=2))
    else:
        print(format_table(scores))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warwire", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="materialise every publication day found in the landing folder")
    backfill_parser = commands.add_parser("backfill", help="materialise every day of a date range (re-runs days already published)")
    backfill_parser.add_argument("first", type=date.fromisoformat, help="first day, YYYY-MM-DD")
    backfill_parser.add_argument("last", type=date.fromisoformat, help="last day, YYYY-MM-DD (included)")
    for command, handler in ((run_parser, run), (backfill_parser, backfill)):
        command.add_argument("--landing", help="landing folder (default: $WARWIRE_LANDING_DIR or data/sample)")
        command.add_argument("--warehouse", help="DuckDB file (default: $WARWIRE_WAREHOUSE or warehouse/warwire.duckdb)")
        command.set_defaults(handler=handler)
    sql_parser = commands.add_parser("sql", help="run a query on a read-only connection to the warehouse and print the result")
    sql_parser.add_argument("query", nargs="?", help="SQL to run (default: read it from standard input)")
    sql_parser.add_argument("--warehouse", help="DuckDB file (default: $WARWIRE_WAREHOUSE or warehouse/warwire.duckdb)")
    sql_parser.set_defaults(handler=sql, landing=None)
    eval_parser = commands.add_parser("eval", help="precision, recall and field accuracy against gold facts")
    eval_parser.add_argument("--articles", required=True, help="JSONL articles in the input format")
    eval_parser.add_argument("--gold", required=True, help="JSONL gold facts (see tests/data/corpus/README.md)")
    eval_parser.add_argument("--json", action="store_true", help="print the scores and every error as JSON")
    eval_parser.set_defaults(handler=evaluate)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
