"""A fact reported by several articles, reprinted or repeated the next day, is one row with its number of sources
and every article's evidence; copies of one article are linked and not counted as independent sources."""

import json
from datetime import datetime, timedelta

import duckdb
import pytest

from tests.conftest import SEED_FILE, SEED_PARTITION, copy_seed, run_partition, write_jsonl

TUESDAY, WEDNESDAY = "2025-03-18", "2025-03-19"
# Three dispatches written for this test: two outlets on the same night's claim and the same aid package,
# and a recap the next day that repeats the claim.
FIRST = {
    "id": "outlet-a-0318", "source": "outlet A", "lang": "fr", "published_at": "2025-03-18T08:00:00+01:00",
    "text": (
        "Le ministère russe de la Défense a affirmé mardi avoir abattu 27 drones ukrainiens dans la nuit de lundi à mardi, "
        "dont 15 au-dessus de la région de Koursk et 8 dans celle de Belgorod.\n"
        "Le chancelier allemand a par ailleurs annoncé une aide militaire de 500 millions d'euros à l'Ukraine."
    ),
}
SECOND = {
    "id": "outlet-b-0318", "source": "outlet B", "lang": "fr", "published_at": "2025-03-18T11:30:00+01:00",
    "text": (
        "Dans la nuit de lundi à mardi, la défense antiaérienne russe a intercepté 27 drones ukrainiens, selon le ministère "
        "russe de la Défense.\nL'Allemagne va fournir à l'Ukraine une aide militaire de 500 millions d'euros, a annoncé Berlin."
    ),
}
RECAP = {
    "id": "outlet-b-0319", "source": "outlet B", "lang": "fr", "published_at": "2025-03-19T09:00:00+01:00",
    "text": "Le ministère russe de la Défense avait affirmé mardi avoir abattu 27 drones ukrainiens dans la nuit de lundi à mardi.",
}


def query(warehouse_path, sql, params=()):
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_the_same_article_under_two_ids_is_one_fact_with_two_sources(pipeline_env):
    landing, warehouse_path = pipeline_env
    copy_seed(landing)
    seed = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    reprinted_at = (datetime.fromisoformat(seed["published_at"]) + timedelta(hours=2)).isoformat()
    write_jsonl(landing / "reprint.jsonl", [{**seed, "id": "reprint-of-seed", "source": "another outlet", "published_at": reprinted_at}])
    assert run_partition(SEED_PARTITION).success

    assert query(warehouse_path, "SELECT article_id, duplicate_of, duplicate_similarity FROM articles ORDER BY published_at, article_id") == [
        (seed["id"], None, None),
        ("reprint-of-seed", seed["id"], 1.0),
    ]
    for table, rows in {"interception_claims": 1, "interceptions": 3, "aid_packages": 1, "diplomatic_meetings": 1}.items():
        sources = query(warehouse_path, f"SELECT n_sources, n_independent_sources, article_id FROM {table}")
        assert sources == [(2, 1, seed["id"])] * rows, table
    assert query(warehouse_path, "SELECT count(*) FROM meeting_participants") == [(3,)]
    evidence = query(warehouse_path, "SELECT fact_table, count(*), count(DISTINCT article_id) FROM evidence GROUP BY ALL ORDER BY 1")
    assert evidence == [("aid_packages", 2, 2), ("diplomatic_meetings", 2, 2), ("interception_claims", 2, 2), ("interceptions", 6, 2)]


def test_one_claim_from_two_outlets_and_a_recap_the_next_day(pipeline_env):
    landing, warehouse_path = pipeline_env
    write_jsonl(landing / "outlets.jsonl", [FIRST, SECOND, RECAP])
    assert run_partition(TUESDAY).success
    assert run_partition(WEDNESDAY).success

    claims = "SELECT total, event_date::VARCHAR, n_sources, n_independent_sources, first_reported::VARCHAR, last_reported::VARCHAR, article_id FROM interception_claims"
    # The claim shown is the report that places it in regions; all three articles count as sources.
    expected_claim = [(27, TUESDAY, 3, 3, TUESDAY, WEDNESDAY, FIRST["id"])]
    assert query(warehouse_path, claims) == expected_claim
    regional = "SELECT count, region_codes, n_sources FROM interceptions ORDER BY count"
    assert query(warehouse_path, regional) == [(8, ["RU-BEL"], 1), (15, ["RU-KRS"], 1)]
    assert query(warehouse_path, "SELECT donor, amount, currency, n_sources, article_id FROM aid_packages") == [
        ("DE", 500_000_000.0, "EUR", 2, FIRST["id"])
    ]
    cited = "SELECT article_id, partition_date::VARCHAR FROM evidence WHERE fact_table = 'interception_claims' ORDER BY article_id"
    assert query(warehouse_path, cited) == [(FIRST["id"], TUESDAY), (SECOND["id"], TUESDAY), (RECAP["id"], WEDNESDAY)]

    # Rerunning the first day after the second changes nothing: facts do not depend on the order of the days.
    assert run_partition(TUESDAY).success
    assert query(warehouse_path, claims) == expected_claim


@pytest.mark.parametrize("dropped", [FIRST, RECAP])
def test_a_report_that_disappears_leaves_the_others(pipeline_env, dropped):
    landing, warehouse_path = pipeline_env
    write_jsonl(landing / "outlets.jsonl", [FIRST, SECOND, RECAP])
    assert run_partition(TUESDAY).success and run_partition(WEDNESDAY).success
    write_jsonl(landing / "outlets.jsonl", [article for article in (FIRST, SECOND, RECAP) if article is not dropped])
    day = dropped["published_at"][:10]
    assert run_partition(day).success

    remaining = {FIRST["id"], SECOND["id"], RECAP["id"]} - {dropped["id"]}
    [(n_sources, article_id)] = query(warehouse_path, "SELECT n_sources, article_id FROM interception_claims")
    assert n_sources == 2 and article_id in remaining
    assert query(warehouse_path, "SELECT count(*) FROM interceptions WHERE NOT EXISTS (SELECT 1 FROM interception_claims c WHERE c.claim_id = interceptions.claim_id)") == [(0,)]
