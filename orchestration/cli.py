"""`warwire run` materialises every partition of the landing folder through the Dagster job; `warwire eval` scores
the extractor against gold facts."""

from __future__ import annotations

import argparse
import json
import os
import sys
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


def run(args: argparse.Namespace) -> int:
    _configure_environment(args)
    import dagster as dg

    from orchestration.definitions import defs
    from transforms.batches import read_landing_dir
    from warehouse.store import Warehouse

    landing = Path(os.environ["WARWIRE_LANDING_DIR"])
    try:
        batch = read_landing_dir(landing)
    except FileNotFoundError as error:
        print(f"warwire: {error}", file=sys.stderr)
        return 2
    partitions = sorted({article.partition_date.isoformat() for article in batch.articles})
    print(f"landing folder {landing}: {len(batch.articles)} articles over {len(partitions)} days, {len(batch.quarantined)} records quarantined")
    job = defs().resolve_job_def("nightly_job")
    failed = []
    with dg.DagsterInstance.get() as instance:
        for index, partition in enumerate(partitions, start=1):
            print(f"[{index}/{len(partitions)}] {partition} ...", flush=True)
            result = job.execute_in_process(partition_key=partition, instance=instance, raise_on_error=False, run_config=QUIET_RUN_CONFIG)
            if not result.success:
                failed.append(partition)
                print(f"[{index}/{len(partitions)}] {partition} FAILED (run {result.run_id}); published tables left unchanged")
    warehouse_path = os.environ["WARWIRE_WAREHOUSE"]
    print(f"\nwarehouse {warehouse_path}")
    Warehouse(warehouse_path).ensure_schema()
    for table, count in Warehouse(warehouse_path).row_counts().items():
        print(f"  {table:<22}{count:>7}")
    if failed:
        print(f"{len(failed)} partition(s) failed their checks: {', '.join(failed)}", file=sys.stderr)
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
    run_parser.add_argument("--landing", help="landing folder (default: $WARWIRE_LANDING_DIR or data/sample)")
    run_parser.add_argument("--warehouse", help="DuckDB file (default: $WARWIRE_WAREHOUSE or warehouse/warwire.duckdb)")
    run_parser.set_defaults(handler=run)
    eval_parser = commands.add_parser("eval", help="precision, recall and field accuracy against gold facts")
    eval_parser.add_argument("--articles", required=True, help="JSONL articles in the input format")
    eval_parser.add_argument("--gold", required=True, help="JSONL gold facts (see tests/data/corpus/README.md)")
    eval_parser.add_argument("--json", action="store_true", help="print the scores and every error as JSON")
    eval_parser.set_defaults(handler=evaluate)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
