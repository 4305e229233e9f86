"""`warwire run` materialises every publication day of the landing folder (and the days an edited file's
articles left), `warwire backfill` every day of a date range, through the Dagster job; `warwire sql` queries the
analysts' snapshot; `warwire eval` scores the extractor against gold facts.

Exit codes: 0 every run passed; 1 a day failed its checks (its published rows are left as they were); 2 a bad
command line, setting or input file; 3 a run stopped on an error, which the message names.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

EXIT_CHECKS_FAILED = 1
EXIT_USAGE = 2
EXIT_RUN_ERROR = 3
EXIT_QUERY_FAILED = 1  # `warwire sql`
DEFAULTS = {
    "WARWIRE_WAREHOUSE": "warehouse/warwire.duckdb",
    "WARWIRE_LANDING_DIR": "data/sample",
    "DAGSTER_HOME": "dagster_home",
}
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


class UsageError(Exception):
    """A command line or setting the command cannot run with; the message says which and why."""


def _configure_environment(args: argparse.Namespace) -> None:
    if args.warehouse is not None:
        os.environ["WARWIRE_WAREHOUSE"] = args.warehouse
    if args.landing is not None:
        os.environ["WARWIRE_LANDING_DIR"] = args.landing
    for name, default in DEFAULTS.items():
        os.environ.setdefault(name, default)
    # Dagster wants an absolute DAGSTER_HOME.
    os.environ["DAGSTER_HOME"] = str(Path(os.environ["DAGSTER_HOME"]).resolve())
    Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)


def _warehouse_path() -> Path:
    from transforms.settings import SettingError, path_setting

    path = path_setting(os.environ, "WARWIRE_WAREHOUSE")
    if path.is_dir():
        raise SettingError("WARWIRE_WAREHOUSE", str(path), "is a folder; expected a DuckDB file such as warehouse/warwire.duckdb")
    return path


def _check_pipeline_settings() -> None:
    """Every setting a run reads, before any run starts: a bad one fails now, with its name, not in a step."""
    from orchestration.defs.resources import extract_processes
    from transforms.input_limits import InputLimits
    from transforms.settings import SettingError, path_setting
    from warehouse.lock import lock_timeout

    landing = path_setting(os.environ, "WARWIRE_LANDING_DIR")
    if not landing.is_dir():
        raise SettingError("WARWIRE_LANDING_DIR", str(landing), "no such folder")
    folder = _warehouse_path().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()
    except OSError as error:
        raise SettingError("WARWIRE_WAREHOUSE", os.environ["WARWIRE_WAREHOUSE"], f"cannot write in {folder}: {error.strerror or error}") from None
    InputLimits.from_env(os.environ)
    lock_timeout()
    extract_processes(os.environ)


def _failure(result) -> tuple[int, str]:
    """The exit code and the words for a failed run: the checks that failed, else the steps and their errors."""
    failed_checks = sorted({evaluation.asset_key.to_user_string() for evaluation in result.get_asset_check_evaluations() if not evaluation.passed})
    if failed_checks:
        return EXIT_CHECKS_FAILED, f"failed its checks ({', '.join(failed_checks)}); its published rows are left unchanged"
    errors = []
    for event in result.get_step_failure_events():
        error = event.event_specific_data.error
        while error.cause is not None:  # the user code's own exception, not Dagster's wrapper
            error = error.cause
        errors.append(f"step {event.step_key}: {error.message.strip()}")
    return EXIT_RUN_ERROR, "stopped on an error; its published rows are left unchanged: " + ("; ".join(errors) or "see the run in the Dagster UI")


def _execute(instance, job_name: str, partition: str | None = None):
    from orchestration.definitions import defs

    job = defs().resolve_job_def(job_name)
    return job.execute_in_process(partition_key=partition, instance=instance, raise_on_error=False, run_config=QUIET_RUN_CONFIG)


def _print_warehouse() -> None:
    from warehouse.store import QueryError, Warehouse

    warehouse = Warehouse(os.environ["WARWIRE_WAREHOUSE"])
    if not warehouse.analyst_path.is_file():
        print(f"\nno night has passed its checks yet: {warehouse.analyst_path} is not written", file=sys.stderr)
        return
    try:
        counts = warehouse.row_counts()
    except QueryError as error:
        print(f"warwire: {error}", file=sys.stderr)
        return
    print(f"\nwarehouse {warehouse.analyst_path} (the analysts' snapshot)")
    for table, count in counts.items():
        print(f"  {table:<22}{count:>7}")


def _materialise(partitions: list[str]) -> int:
    """Run the nightly job for each day in turn (the quarantine alone when there is none), recorded in
    DAGSTER_HOME so that the UI shows the runs."""
    import dagster as dg

    failures: dict[str, tuple[int, str]] = {}
    with dg.DagsterInstance.get() as instance:
        if not partitions:
            print("no publication day to run: recording the landing folder's quarantine", flush=True)
            result = _execute(instance, "quarantine_job")
            if not result.success:
                failures["quarantine"] = _failure(result)
        for index, partition in enumerate(partitions, start=1):
            print(f"[{index}/{len(partitions)}] {partition} ...", flush=True)
            result = _execute(instance, "nightly_job", partition)
            if not result.success:
                failures[partition] = _failure(result)
                print(f"[{index}/{len(partitions)}] {partition} FAILED (run {result.run_id}): {failures[partition][1]}", flush=True)
    _print_warehouse()
    for name, (_, message) in failures.items():
        print(f"warwire: {name} {message}", file=sys.stderr)
    return max((code for code, _ in failures.values()), default=0)


def run(args: argparse.Namespace) -> int:
    from transforms.batches import batch_files, read_landing_dir
    from transforms.input_limits import InputLimits
    from transforms.landing import days_to_run
    from warehouse.store import Warehouse

    landing = Path(os.environ["WARWIRE_LANDING_DIR"])
    batch = read_landing_dir(landing, InputLimits.from_env(os.environ), now=datetime.now(timezone.utc))
    warehouse = Warehouse(_warehouse_path())
    days = days_to_run(batch.articles, warehouse.published_article_days(), {entry.name for entry in batch_files(landing)})
    article_days = {article.partition_date for article in batch.articles}
    print(
        f"landing folder {landing}: {len(batch.articles)} articles over {len(article_days)} days, "
        f"{len(batch.quarantined)} records quarantined; {len(days)} day(s) to run"
    )
    return _materialise(days)


def backfill(args: argparse.Namespace) -> int:
    from orchestration.defs.partitions import daily_partitions

    first, last = args.first, args.last
    if last < first:
        raise UsageError(f"{last} is before {first}")
    bounds = date.fromisoformat(daily_partitions.get_first_partition_key()), date.fromisoformat(daily_partitions.get_last_partition_key())
    if first < bounds[0] or last > bounds[1]:
        raise UsageError(f"the daily partitions run from {bounds[0]} to {bounds[1]}; {first} to {last} is not within them")
    days = [(first + timedelta(days=offset)).isoformat() for offset in range((last - first).days + 1)]
    print(f"backfilling {len(days)} day(s) from {first} to {last} with the landing folder {os.environ['WARWIRE_LANDING_DIR']}")
    return _materialise(days)


def sql(args: argparse.Namespace) -> int:
    from warehouse.store import QueryError, Warehouse

    path = _warehouse_path()
    if not path.is_file():
        print(f"warwire: no warehouse at {path}; run `make run` first", file=sys.stderr)
        return EXIT_USAGE
    query = args.query if args.query is not None else sys.stdin.read()
    try:
        Warehouse(path).show_query(query)
    except QueryError as error:
        print(f"warwire: {error}", file=sys.stderr)
        return EXIT_QUERY_FAILED
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


def _pipeline_command(handler):
    """run and backfill: the settings and the warehouse files are checked first (a missing pipeline file is
    restored from the snapshot), so that a bad one stops the command with its cause before any run."""

    def command(args: argparse.Namespace) -> int:
        from warehouse.store import Warehouse, WarehouseDamagedError

        _check_pipeline_settings()
        try:
            Warehouse(_warehouse_path()).ensure_schema()
            return handler(args)
        except WarehouseDamagedError as error:
            print(f"warwire: {error}", file=sys.stderr)
            return EXIT_RUN_ERROR

    return command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warwire", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="materialise every publication day found in the landing folder")
    backfill_parser = commands.add_parser("backfill", help="materialise every day of a date range (re-runs days already published)")
    backfill_parser.add_argument("first", type=date.fromisoformat, help="first day, YYYY-MM-DD")
    backfill_parser.add_argument("last", type=date.fromisoformat, help="last day, YYYY-MM-DD (included)")
    for command, handler in ((run_parser, run), (backfill_parser, backfill)):
        command.add_argument("--landing", help="landing folder (default: $WARWIRE_LANDING_DIR or data/sample)")
        command.add_argument("--warehouse", help="DuckDB file (default: $WARWIRE_WAREHOUSE or warehouse/warwire.duckdb)")
        command.set_defaults(handler=_pipeline_command(handler))
    sql_parser = commands.add_parser("sql", help="run a query on a read-only connection to the warehouse and print the result")
    sql_parser.add_argument("query", nargs="?", help="SQL to run (default: read it from standard input)")
    sql_parser.add_argument("--warehouse", help="DuckDB file (default: $WARWIRE_WAREHOUSE or warehouse/warwire.duckdb)")
    sql_parser.set_defaults(handler=sql, landing=None)
    eval_parser = commands.add_parser("eval", help="precision, recall and field accuracy against gold facts")
    eval_parser.add_argument("--articles", required=True, help="JSONL articles in the input format")
    eval_parser.add_argument("--gold", required=True, help="JSONL gold facts (see tests/data/corpus/README.md)")
    eval_parser.add_argument("--json", action="store_true", help="print the scores and every error as JSON")
    eval_parser.set_defaults(handler=evaluate, landing=None, warehouse=None)
    args = parser.parse_args(argv)
    from transforms.settings import SettingError

    try:
        _configure_environment(args)
        return args.handler(args)
    except SettingError as error:
        print(f"warwire: bad setting {error}", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as error:
        print(f"warwire: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
