"""The wire set (tests/data/wire) holds references and facts only, no reserved page, every excerpt in its page's
split, and well-formed fact rows."""

import csv
import hashlib
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import REPO

WIRE = REPO / "tests" / "data" / "wire"
SHARED_RESERVED = REPO.parent / "shared" / "eval" / "reserved-urls.sha256"
REFERENCE_FIELDS = {"id", "query", "url", "published_at", "published_at_estimated", "split", "note"}
ROW_FIELDS = {
    "article_id", "family", "count", "weapon", "region_codes", "claimed_by", "claimant_country", "event_date",
    "total_of_claim", "launched", "is_remainder", "note",
}
OPTIONAL_ROW_FIELDS = {"borderline"}
WEAPONS = {"drone", "missile", "glide_bomb", "aircraft", "other"}
CLAIMANT_COUNTRIES = {"RU", "UA", "GB", "US", "BY", "PL", "RO", "MD"}
# Where a text could be quoted in a row: notes are short and in our own words.
LONGEST_NOTE = 300


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reserved_key(url: str) -> str:
    """The key of shared/eval/README.md: no scheme, no leading www., lower case, no trailing slash."""
    u = url.strip().lower()
    u = re.sub(r"^[a-z]+://", "", u)
    u = re.sub(r"^www\.", "", u)
    return hashlib.sha256(u.rstrip("/").encode("utf-8")).hexdigest()


def split_of(url: str) -> str:
    return "validation" if int(reserved_key(url), 16) % 3 == 0 else "dev"


def reserved() -> set[str]:
    keys = set((WIRE / "reserved-urls.sha256").read_text().split())
    if SHARED_RESERVED.is_file():  # the list kept beside the project, when this checkout has it
        keys |= set(SHARED_RESERVED.read_text().split())
    return keys


REFERENCES = read_jsonl(WIRE / "references.jsonl")
GOLD = read_jsonl(WIRE / "gold.jsonl")
REGION_CODES = {row["region_code"] for row in csv.DictReader((REPO / "transforms" / "gazetteers" / "regions.csv").open(encoding="utf-8"))}


def test_the_reserved_list_is_the_shared_one():
    if SHARED_RESERVED.is_file():
        assert set((WIRE / "reserved-urls.sha256").read_text().split()) == set(SHARED_RESERVED.read_text().split())


def test_no_page_of_the_set_is_reserved():
    keys = reserved()
    assert len(keys) >= 100
    assert [r["url"] for r in REFERENCES if reserved_key(r["url"]) in keys] == []


def test_references_are_well_formed_and_each_excerpt_is_in_its_page_split():
    ids = [r["id"] for r in REFERENCES]
    assert len(ids) == len(set(ids))
    assert len({(r["query"], r["url"]) for r in REFERENCES}) == len(REFERENCES), "an excerpt is kept twice"
    for reference in REFERENCES:
        assert set(reference) == REFERENCE_FIELDS, reference["id"]
        assert reference["url"].startswith(("https://", "http://")), reference["id"]
        assert reference["query"].strip() and len(reference["query"]) <= 400, reference["id"]
        published = datetime.fromisoformat(reference["published_at"])
        assert published.tzinfo is not None and published.year >= 2014, reference["id"]
        assert isinstance(reference["published_at_estimated"], bool)
        assert reference["split"] == split_of(reference["url"]), reference["id"]
        assert 0 < len(reference["note"]) <= LONGEST_NOTE, reference["id"]


@pytest.mark.parametrize("row", GOLD, ids=lambda row: f"{row['article_id']}-{row['count']}-{row['weapon']}")
def test_fact_rows_are_well_formed(row):
    ids = {r["id"]: r for r in REFERENCES}
    assert row["article_id"] in ids
    assert ROW_FIELDS <= set(row) <= ROW_FIELDS | OPTIONAL_ROW_FIELDS
    assert row["family"] == "interception"
    assert row["count"] is None or (isinstance(row["count"], int) and row["count"] > 0)
    assert row["weapon"] in WEAPONS
    assert set(row["region_codes"]) <= REGION_CODES and len(row["region_codes"]) == len(set(row["region_codes"]))
    assert row["claimant_country"] in CLAIMANT_COUNTRIES | {None}
    reference = ids[row["article_id"]]
    if row["event_date"] is not None and not reference["published_at_estimated"]:
        assert date.fromisoformat(row["event_date"]) <= datetime.fromisoformat(reference["published_at"]).date()
    for name in ("total_of_claim", "launched"):
        assert row[name] is None or (isinstance(row[name], int) and row[name] > 0)
    if row["total_of_claim"] is not None and row["count"] is not None:
        assert row["count"] <= row["total_of_claim"]
    assert isinstance(row["is_remainder"], bool)
    assert len(row["note"]) <= LONGEST_NOTE
    if row.get("borderline"):
        assert row["note"], "a borderline row says why"


def _splits_by_region(rows: list[dict]) -> bool:
    """A total split by region: a part of a stated total, a remainder, or one claimant's counts for several places."""
    if any(row["total_of_claim"] is not None or row["is_remainder"] for row in rows):
        return True
    places = {}
    for row in rows:
        if row["region_codes"]:
            places.setdefault(row["claimed_by"], set()).add(tuple(row["region_codes"]))
    return any(len(found) >= 2 for found in places.values())


def test_the_set_has_the_size_it_claims():
    """At least 150 excerpts from 60 pages; 100 with interception facts, of which 40 split a total by region, 10
    have several claimants and 10 a launched count; 30 negatives."""
    pages = {reserved_key(r["url"]) for r in REFERENCES}
    rows_of = {}
    for row in GOLD:
        rows_of.setdefault(row["article_id"], []).append(row)
    assert len(REFERENCES) >= 150 and len(pages) >= 60
    assert len(rows_of) >= 100 and len(REFERENCES) - len(rows_of) >= 30
    assert sum(_splits_by_region(rows) for rows in rows_of.values()) >= 40
    assert sum(len({row["claimed_by"] for row in rows}) >= 2 for rows in rows_of.values()) >= 10
    assert sum(any(row["launched"] is not None for row in rows) for rows in rows_of.values()) >= 10
