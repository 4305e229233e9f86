"""The seed article through the real `warwire run` command: every expected fact, field by field."""

import json
from datetime import date

import duckdb
import pytest

from tests.conftest import TEST_DATA, copy_seed, run_cli

EXPECTED = json.loads((TEST_DATA / "seed_expected.json").read_text(encoding="utf-8"))
ARTICLE = EXPECTED["article_id"]


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("seed")
    landing = root / "landing"
    landing.mkdir()
    copy_seed(landing)
    dagster_home = root / "dagster_home"
    warehouse = root / "warwire.duckdb"
    result = run_cli("run", "--landing", str(landing), "--warehouse", str(warehouse), env={"DAGSTER_HOME": str(dagster_home)})
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con, result
    con.close()


def rows(con, query):
    cursor = con.execute(query, [ARTICLE])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_normal_run_prints_no_warning_or_traceback(seed_warehouse):
    _, result = seed_warehouse
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert "Warning" not in output and "WARNING" not in output
    assert "interception_claims" in result.stdout  # the summary of what was published


def test_interception_claim(seed_warehouse):
    con, _ = seed_warehouse
    [expected] = EXPECTED["interception_claims"]
    [claim] = rows(con, "SELECT * FROM interception_claims WHERE article_id = ?")
    assert claim["claimed_by"] == expected["claimed_by"]
    assert claim["claimant_country"] == expected["claimant_country"]
    assert claim["attacker_country"] == expected["attacker_country"]
    assert claim["weapon"] == expected["weapon"]
    assert claim["total"] == expected["total"]
    assert claim["event_date"] == date.fromisoformat(expected["event_date"])
    assert claim["date_precision"] == "publication"
    assert claim["sentence"] == expected["evidence"]


def test_interceptions_split_by_region_with_remainder(seed_warehouse):
    con, _ = seed_warehouse
    found = rows(
        con,
        "SELECT i.*, c.total AS claim_total FROM interceptions i JOIN interception_claims c USING (claim_id) "
        "WHERE i.article_id = ? ORDER BY i.char_start",
    )
    actual = [(r["claim_total"], r["weapon"], r["count"], sorted(r["region_codes"]), r["event_date"].isoformat()) for r in found]
    expected = [(e["claim_total"], e["weapon"], e["count"], sorted(e["region_codes"]), e["event_date"]) for e in EXPECTED["interceptions"]]
    assert actual == expected
    assert [r["is_remainder"] for r in found] == [False, False, True]
    text = con.execute("SELECT text FROM articles WHERE article_id = ?", [ARTICLE]).fetchone()[0]
    for row in found:
        evidence = text[row["char_start"] : row["char_end"]]
        assert evidence.startswith("le reste" if row["is_remainder"] else str(row["count"]))
        assert evidence in row["sentence"]


def test_aid_package(seed_warehouse):
    con, _ = seed_warehouse
    [expected] = EXPECTED["aid_packages"]
    [package] = rows(con, "SELECT * FROM aid_packages WHERE article_id = ?")
    assert package["donor"] == expected["donor"]
    assert package["recipient"] == expected["recipient"]
    assert package["kind"] == expected["kind"]
    assert package["amount"] == expected["amount"]
    assert package["currency"] == expected["currency"]
    assert package["announced_date"] == date.fromisoformat(expected["announced_date"])
    assert package["amount_usd"] == expected["amount"]
    assert package["delivery_mode"] == "procurement"
    assert package["sentence"] == expected["evidence"]


def test_meeting_with_three_participants(seed_warehouse):
    con, _ = seed_warehouse
    [expected] = EXPECTED["diplomatic_meetings"]
    [meeting] = rows(con, "SELECT * FROM diplomatic_meetings WHERE article_id = ?")
    assert meeting["format"] == expected["format"]
    assert meeting["venue"] == expected["venue"]
    assert meeting["city"] == expected["city"]
    assert meeting["country"] == expected["country"]
    assert meeting["meeting_date"] == date.fromisoformat(expected["meeting_date"])
    assert meeting["status"] == "held"
    participants = con.execute("SELECT name, country FROM meeting_participants WHERE meeting_id = ?", [meeting["meeting_id"]]).fetchall()
    assert sorted(participants) == sorted(zip(expected["participants"], expected["participant_countries"]))


def test_no_other_fact_rows(seed_warehouse):
    con, _ = seed_warehouse
    counts = {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("interception_claims", "interceptions", "aid_packages", "diplomatic_meetings", "meeting_participants")
    }
    assert counts == {"interception_claims": 1, "interceptions": 3, "aid_packages": 1, "diplomatic_meetings": 1, "meeting_participants": 3}
