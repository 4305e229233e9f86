"""Every kind of broken or hostile input gives published, normalised articles or quarantine rows with a clear
reason, never an exception: the reader on each kind alone, then one real pipeline run over all of them."""

import codecs
import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings, strategies as st

from tests.bad_input import CASES, CORPUS_LIMITS, GOOD_DAY, INJECTION_FIELDS, Case, write_case
from tests.conftest import run_cli
from transforms.batches import articles_frame, parse_batch_file, read_landing_dir, with_duplicate_links
from transforms.input_limits import InputLimits
from transforms.landing import NOT_READ, scan_landing, state_to_json
from transforms.languages import SUPPORTED_LANGUAGES, language_code
from transforms.records import printable
from transforms.text_cleaning import clean_text

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
ARTICLE_COLUMNS = ("article_id", "source_file", "source_line", "text", "title", "source", "url", "lang", "duplicate_of")


def expected_articles(cases: list[Case]) -> dict[str, tuple]:
    return {
        p.id: (p.id, p.source_file, p.line, p.text, p.title, p.source, p.url, p.lang, p.duplicate_of)
        for case in cases for p in case.published
    }


def expected_quarantine(cases: list[Case]) -> dict[tuple[str, int], str]:
    return {(q.source_file, q.line): q.reason for case in cases for q in case.quarantined}


def assert_quarantine(found: dict[tuple[str, int], str], cases: list[Case]) -> None:
    expected = expected_quarantine(cases)
    assert sorted(found) == sorted(expected)
    for key, reason in expected.items():
        assert reason in found[key], (key, found[key])


def landing_with(tmp_path: Path, cases: list[Case]) -> Path:
    landing = tmp_path / "landing"
    landing.mkdir()
    for case in cases:
        write_case(case, landing)
    return landing


def test_the_corpus_covers_every_kind_once():
    kinds = [case.kind for case in CASES]
    assert len(kinds) == len(set(kinds)) >= 25
    names = [name for case in CASES for name in (*case.files, *case.links, *case.hard_links, *case.sparse, *case.fifos, *case.folders)]
    assert len(names) == len(set(names)), "cases share a file name: they could not share a landing folder"
    ids = [p.id for case in CASES for p in case.published]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.kind)
def test_reading_each_kind(case, tmp_path):
    batch = read_landing_dir(landing_with(tmp_path, [case]), CORPUS_LIMITS, now=NOW)
    rows = with_duplicate_links(articles_frame(batch.articles), articles_frame([]))
    found = {row[0]: row for row in rows.select(ARTICLE_COLUMNS).iter_rows()}
    assert found == expected_articles([case])
    assert_quarantine({(q.source_file, q.line_number): q.reason for q in batch.quarantined}, [case])


def test_reading_the_whole_corpus_at_once(tmp_path):
    """As the pipeline reads it: no case's records interfere with another's (ids, copies, file names)."""
    batch = read_landing_dir(landing_with(tmp_path, CASES), CORPUS_LIMITS, now=NOW)
    rows = with_duplicate_links(articles_frame(batch.articles), articles_frame([]))
    assert {row[0]: row for row in rows.select(ARTICLE_COLUMNS).iter_rows()} == expected_articles(CASES)
    assert_quarantine({(q.source_file, q.line_number): q.reason for q in batch.quarantined}, CASES)


def test_a_publication_time_within_the_clock_tolerance_is_accepted():
    def batch(published_at: datetime):
        record = {"id": "a", "published_at": published_at.isoformat(), "text": "Le marché couvert a rouvert ses portes."}
        return parse_batch_file("horloge.jsonl", json.dumps(record).encode(), now=NOW)

    assert [a.id for a in batch(NOW + timedelta(minutes=30)).articles] == ["a"]
    assert "is in the future" in batch(NOW + timedelta(hours=2)).quarantined[0].reason


@settings(max_examples=300, deadline=None)
@given(content=st.binary(max_size=2000), name=st.sampled_from(["lot.jsonl", "lot.csv"]))
def test_no_bytes_make_parsing_raise(content, name):
    batch = parse_batch_file(name, content, InputLimits(max_file_bytes=4096, max_record_bytes=512), now=NOW)
    for article in batch.articles:
        article.text.encode("utf-8")
    for record in batch.quarantined:
        record.reason.encode("utf-8")
        record.raw_excerpt.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_cleaned_text_holds_no_invisible_characters(text):
    cleaned = clean_text(text)
    assert "\r" not in cleaned
    assert not any(char in cleaned for char in "\x00\x07\x1b\x7f\x85\u200b\u200c\u200d\u2060\ufeff")


def test_markup_that_html_parser_refuses_is_still_turned_into_text():
    assert clean_text("<p>Premier&nbsp;paragraphe</p><![bogus[ x ]]><p>Second</p>") == "Premier\u00a0paragraphe\nSecond"


def test_entities_a_scraper_stripped_of_their_ampersand_are_read_when_a_text_holds_several():
    assert clean_text("Le ministegrave;re de la Deacute;fense a deacute;joueacute; une tentative d#39;attaque.") == (
        "Le ministère de la Défense a déjoué une tentative d'attaque."
    )
    assert clean_text("Le mot eacute; seul reste tel quel.") == "Le mot eacute; seul reste tel quel."


def test_cyrillic_look_alikes_inside_latin_words_are_folded_and_cyrillic_words_kept():
    assert clean_text("les régions de Mykolaїv, Оdessa et Київ") == "les régions de Mykolaïv, Odessa et Київ"


def test_language_codes_and_the_extractors_agree():
    from transforms.nlp import MODELS

    assert sorted(MODELS) == sorted(SUPPORTED_LANGUAGES)
    assert [language_code(value) for value in ("FR", " fr-FR ", "fr_FR", "en-GB", None, " ")] == ["fr", "fr", "fr", "en", "fr", "fr"]


def test_size_limits_come_from_the_environment():
    assert InputLimits.from_env({}) == InputLimits(256 * 1024 * 1024, 2 * 1024 * 1024)
    assert InputLimits.from_env({"WARWIRE_MAX_FILE_BYTES": "1000", "WARWIRE_MAX_RECORD_BYTES": ""}) == InputLimits(1000, 2 * 1024 * 1024)
    with pytest.raises(ValueError):
        InputLimits.from_env({"WARWIRE_MAX_RECORD_BYTES": "0"})


def test_the_landing_sensor_scans_the_whole_corpus(tmp_path):
    changes = scan_landing(landing_with(tmp_path, CASES), {}, CORPUS_LIMITS, now=NOW)
    assert sorted(changes.partitions) == ["2014-01-01", "2014-03-01", GOOD_DAY]
    # The cursor and the run tags are stored as UTF-8: a file name that is not UTF-8 must not break them.
    state_to_json(changes.state).encode("utf-8")
    "|".join(changes.partitions[GOOD_DAY]).encode("utf-8")
    # Files that are not read are known by their entry, and change only the quarantine.
    assert changes.state["fuite.jsonl"].sha256 == NOT_READ and changes.state["trop-gros.jsonl"].partitions == ()
    assert {"fuite.jsonl", "trop-gros.jsonl"} <= {change.split("@")[0] for change in changes.without_days}


def every_record_is_accounted_for(landing: Path, articles: list[tuple], quarantine: list[tuple]) -> bool:
    """Every name in the folder that is a file, or leads to one, is a published article's or a quarantine row's
    file, unless it is a second name of a file the folder names already; every line of a JSON lines file is a
    published article, a quarantine row, or covered by its file's row (line 0)."""
    accounted = {(row[1], row[2]) for row in articles} | {(name, line) for name, line, _ in quarantine}
    files = {name for name, _ in accounted}
    first_names: dict[tuple[int, int], str] = {}
    for path in sorted(landing.iterdir()):
        if path.is_dir() or stat.S_ISFIFO(path.lstat().st_mode):
            continue
        name = printable(path.name, 1000)
        identity = (path.stat().st_dev, path.stat().st_ino) if path.exists() else (0, hash(name))
        first = first_names.setdefault(identity, name)
        if first not in files and name not in files:
            raise AssertionError(f"{name}: neither published nor quarantined")
        if name != first or path.suffix != ".jsonl" or (name, 0) in accounted:
            continue
        content = path.read_bytes().removeprefix(codecs.BOM_UTF8)
        if content.lstrip().startswith(b"["):  # a JSON array: its records are numbered by the line they start on
            continue
        missing = [number for number, raw in enumerate(content.splitlines(), start=1) if raw.strip() and (name, number) not in accounted]
        if missing:
            raise AssertionError(f"{name}: lines {missing} neither published nor quarantined")
    return True


def test_a_pipeline_run_over_the_whole_corpus(tmp_path):
    landing = landing_with(tmp_path, CASES)
    warehouse = tmp_path / "warehouse" / "bad-input.duckdb"
    result = run_cli(
        "run",
        env={
            "WARWIRE_LANDING_DIR": str(landing), "WARWIRE_WAREHOUSE": str(warehouse), "DAGSTER_HOME": str(tmp_path / "dagster"),
            "WARWIRE_MAX_FILE_BYTES": str(CORPUS_LIMITS.max_file_bytes), "WARWIRE_MAX_RECORD_BYTES": str(CORPUS_LIMITS.max_record_bytes),
        },
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    assert "Traceback" not in output

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        articles = con.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM main.articles").fetchall()
        quarantine = con.execute("SELECT source_file, line_number, reason FROM main.quarantine").fetchall()
        injected = [
            con.execute("SELECT article_id, source, title, url FROM main.articles WHERE article_id = ?", [fields["id"]]).fetchone()
            for fields in INJECTION_FIELDS
        ]
        regional_counts = con.execute(
            "SELECT count, region_codes FROM main.interceptions WHERE article_id = 'bad-format-characters-1' ORDER BY char_start"
        ).fetchall()
    finally:
        con.close()
    assert {row[0]: row for row in articles} == expected_articles(CASES)
    assert len(articles) == len(expected_articles(CASES))
    assert_quarantine({(name, line): reason for name, line, reason in quarantine}, CASES)
    for fields, row in zip(INJECTION_FIELDS, injected):
        assert row == (fields["id"], fields["source"], fields["title"], fields["url"])
    assert every_record_is_accounted_for(landing, articles, quarantine)
    # Format characters removed before extraction: the regions hidden by them are found.
    assert regional_counts == [(7, ["RU-BEL"]), (3, ["RU-KRS"])]
