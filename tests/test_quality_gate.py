"""Write-audit-publish: a partition whose facts break an expectation is never published."""

import json
import shutil

import duckdb
import pytest

from expectations import validate
from orchestration.cli import EXIT_CHECKS_FAILED, main
from tests.conftest import SEED_PARTITION, copy_seed, run_partition, write_jsonl
from warehouse.snapshot import pipeline_file

PUBLISHED = ("articles", "interception_claims", "interceptions", "aid_packages", "diplomatic_meetings", "meeting_participants")
# A real-looking dispatch: extraction keeps its 5 million dollars, which the stricter suite below rejects.
SMALL_AID_ARTICLE = {
    "id": "gate-small-amount",
    "source": "test",
    "lang": "fr",
    "title": None,
    "url": None,
    "published_at": "2024-12-08T18:00:00+01:00",
    "text": "Le Japon a annoncé dimanche une aide humanitaire de 5 millions de dollars à l'Ukraine.",
}
FLOOR_USD = 10_000_000


@pytest.fixture
def aid_floor_suite(tmp_path, monkeypatch):
    """The real suites, with the aid suite raised to reject packages under FLOOR_USD (amount in its own currency, and in USD)."""
    suites = tmp_path / "suites"
    shutil.copytree(validate.SUITES_DIR, suites)
    path = suites / "aid_packages.json"
    definition = json.loads(path.read_text(encoding="utf-8"))
    for expectation in definition["expectations"]:
        if expectation["type"] == "expect_column_values_to_be_between" and expectation["kwargs"]["column"] in ("amount", "amount_usd"):
            expectation["kwargs"]["min_value"] = FLOOR_USD
    path.write_text(json.dumps(definition), encoding="utf-8")
    monkeypatch.setattr(validate, "SUITES_DIR", suites)
    validate._suite.cache_clear()
    yield
    validate._suite.cache_clear()


def published_rows(warehouse_path):
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        return {table: sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in PUBLISHED}
    finally:
        con.close()


def test_failed_check_blocks_publication_and_downstream(pipeline_env, request):
    landing, warehouse_path = pipeline_env
    copy_seed(landing)
    assert run_partition(SEED_PARTITION).success
    before = published_rows(warehouse_path)

    write_jsonl(landing / "extra.jsonl", [SMALL_AID_ARTICLE])
    request.getfixturevalue("aid_floor_suite")
    result = run_partition(SEED_PARTITION)

    assert not result.success
    evaluations = {
        event.asset_check_evaluation_data.asset_key.to_user_string(): event.asset_check_evaluation_data
        for event in result.all_events
        if event.event_type_value == "ASSET_CHECK_EVALUATION"
    }
    aid_check = evaluations["aid_packages"]
    assert not aid_check.passed
    failed = aid_check.metadata["failed_expectations"].value
    assert {(f["expectation"], f["kwargs"]["column"]) for f in failed} == {
        ("expect_column_values_to_be_between", "amount"),
        ("expect_column_values_to_be_between", "amount_usd"),
    }
    assert 5_000_000.0 in [row["amount"] for row in failed[0]["sample_rows"]]
    # Nothing of the day is published, not even its articles or the families that passed: a day is whole or absent.
    assert published_rows(warehouse_path) == before
    assert published_rows(pipeline_file(warehouse_path)) == before
    materialized = {event.asset_key.to_user_string() for event in result.get_asset_materialization_events()}
    assert {"aid_packages", "published_day", "analyst_views", "analyst_snapshot"}.isdisjoint(materialized)
    assert {"articles", "interception_claims", "diplomatic_meetings"} <= materialized  # staged and audited, not published


def test_the_command_names_the_failed_checks(pipeline_env, aid_floor_suite, tmp_path, monkeypatch, capsys):
    """`warwire backfill` of a day whose checks fail exits 1 and names the tables, not an error."""
    landing, warehouse_path = pipeline_env
    write_jsonl(landing / "extra.jsonl", [SMALL_AID_ARTICLE])
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster"))
    assert main(["backfill", SEED_PARTITION, SEED_PARTITION]) == EXIT_CHECKS_FAILED
    error = capsys.readouterr().err
    assert f"warwire: {SEED_PARTITION} failed its checks (aid_packages); its published rows are left unchanged" in error
    assert "stopped on an error" not in error
