"""Write-audit-publish: a partition whose facts break an expectation is never published."""

import duckdb

from tests.conftest import SEED_PARTITION, copy_seed, run_partition, write_jsonl

PUBLISHED = ("articles", "interception_claims", "interceptions", "aid_packages", "diplomatic_meetings", "meeting_participants")
# A real-looking dispatch whose amount is zero: extraction keeps it, the aid_packages suite must reject it.
ZERO_AMOUNT_ARTICLE = {
    "id": "gate-zero-amount",
    "source": "test",
    "lang": "fr",
    "title": None,
    "url": None,
    "published_at": "2024-12-08T18:00:00+01:00",
    "text": "Le Japon a annoncé dimanche une aide humanitaire de 0 million de dollars à l'Ukraine.",
}


def snapshot(warehouse_path):
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        return {table: sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in PUBLISHED}
    finally:
        con.close()


def test_failed_check_blocks_publication_and_downstream(pipeline_env):
    landing, warehouse_path = pipeline_env
    copy_seed(landing)
    assert run_partition(SEED_PARTITION).success
    before = snapshot(warehouse_path)

    write_jsonl(landing / "extra.jsonl", [ZERO_AMOUNT_ARTICLE])
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
    assert failed[0]["sample_rows"][0]["amount"] == 0.0
    after = snapshot(warehouse_path)
    assert after["aid_packages"] == before["aid_packages"]
    materialized = {event.asset_key.to_user_string() for event in result.get_asset_materialization_events()}
    assert "aid_packages" not in materialized
    assert "analyst_views" not in materialized
    assert "articles" in materialized  # upstream of the failing check still ran
