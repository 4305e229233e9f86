"""The landing sensor requests runs for exactly the days a new or changed batch file touches, and those runs
succeed; an unchanged file is not processed again."""

import os
import shutil
import time

import dagster as dg
import duckdb

from orchestration.definitions import defs
from orchestration.defs.resources import LandingResource
from tests.conftest import SAMPLE, SEED_PARTITION, copy_seed, write_jsonl

WIRE_FILE = SAMPLE / "wire-style-2025-03-14.csv"
LATE_NIGHT = {
    "id": "late-night-0315", "source": "test", "lang": "fr", "published_at": "2025-03-15T23:40:00+01:00",
    "text": "Selon le ministère russe de la Défense, 9 drones ukrainiens ont été abattus au-dessus de la région de Briansk.",
}


def evaluate(instance, landing, cursor):
    definitions = defs()
    sensor = definitions.resolve_sensor_def("landing_sensor")
    context = dg.build_sensor_context(
        instance=instance, cursor=cursor, definitions=definitions, resources={"landing": LandingResource(path=str(landing))}
    )
    result = sensor.evaluate_tick(context)
    return result.run_requests, result.cursor


def launch(instance, requests):
    job = defs().resolve_job_def("nightly_job")
    return [
        job.execute_in_process(partition_key=request.partition_key, tags=request.tags, instance=instance, raise_on_error=False)
        for request in requests
    ]


def published_articles(warehouse_path):
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        return sorted(con.execute("SELECT partition_date::VARCHAR, article_id FROM articles").fetchall())
    finally:
        con.close()


def test_new_and_changed_files_run_exactly_their_days(pipeline_env):
    landing, warehouse_path = pipeline_env
    with dg.instance_for_test() as instance:
        copy_seed(landing)
        requests, cursor = evaluate(instance, landing, None)
        assert [r.partition_key for r in requests] == [SEED_PARTITION]
        assert all(run.success for run in launch(instance, requests))

        requests, cursor = evaluate(instance, landing, cursor)
        assert requests == []

        # A new file touching two days, one of them by a record published late in the evening (Paris time).
        shutil.copy(WIRE_FILE, landing / WIRE_FILE.name)
        write_jsonl(landing / "late.jsonl", [LATE_NIGHT])
        requests, cursor = evaluate(instance, landing, cursor)
        assert sorted(r.partition_key for r in requests) == ["2025-03-14", "2025-03-15"]
        assert all(run.success for run in launch(instance, requests))
        assert [day for day, _ in published_articles(warehouse_path)] == [SEED_PARTITION, "2025-03-14", "2025-03-14", "2025-03-15"]

        # Touching a file without changing it requests nothing; moving its article to another day runs both days.
        os.utime(landing / "late.jsonl", ns=(time.time_ns(), time.time_ns()))
        requests, cursor = evaluate(instance, landing, cursor)
        assert requests == []
        write_jsonl(landing / "late.jsonl", [{**LATE_NIGHT, "published_at": "2025-03-16T08:00:00+01:00"}])
        requests, cursor = evaluate(instance, landing, cursor)
        assert sorted(r.partition_key for r in requests) == ["2025-03-15", "2025-03-16"]
        assert all(run.success for run in launch(instance, requests))
        assert ("2025-03-16", "late-night-0315") in published_articles(warehouse_path)
        assert not any(day == "2025-03-15" for day, _ in published_articles(warehouse_path))


def test_sensor_skips_when_the_landing_folder_is_missing(tmp_path):
    with dg.instance_for_test() as instance:
        requests, _ = evaluate(instance, tmp_path / "missing", None)
        assert requests == []
