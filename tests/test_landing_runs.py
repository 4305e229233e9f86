"""`warwire run` follows the landing folder as it is now: an edited file moves or withdraws its articles, the
quarantine lists the folder's bad records only (its former rows retired), and a folder of bad records only
still reaches the analysts. Real runs of the command, read back from the analysts' file."""

import gzip
import json
from pathlib import Path

import duckdb

from tests.conftest import run_cli, write_jsonl

INTERCEPTION = "Selon le ministère russe de la Défense, {n} drones ukrainiens ont été abattus au-dessus de la région de {region}."
OTHER_NEWS = "Le conseil municipal a voté le budget de la médiathèque, dont les travaux commenceront au printemps."


def article(article_id: str, published_at: str, text: str) -> dict:
    return {"id": article_id, "source": "Agence d'essai", "lang": "fr", "published_at": published_at, "text": text}


def cli_env(tmp_path: Path, landing: Path) -> dict:
    return {"WARWIRE_LANDING_DIR": str(landing), "WARWIRE_WAREHOUSE": str(tmp_path / "wh" / "warwire.duckdb"), "DAGSTER_HOME": str(tmp_path / "dagster")}


def query(env: dict, sql: str) -> list[tuple]:
    con = duckdb.connect(env["WARWIRE_WAREHOUSE"], read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def run(env: dict):
    result = run_cli("run", env=env)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_an_edited_file_moves_and_withdraws_its_articles(tmp_path, landing):
    env = cli_env(tmp_path, landing)
    moved = article("moved", "2025-05-01T09:00:00+02:00", INTERCEPTION.format(n=12, region="Koursk"))
    withdrawn = article("withdrawn", "2025-05-01T10:00:00+02:00", INTERCEPTION.format(n=5, region="Briansk"))
    kept = article("kept", "2025-05-02T10:00:00+02:00", OTHER_NEWS)
    write_jsonl(landing / "lot.jsonl", [moved, withdrawn, kept])
    run(env)
    assert sorted(query(env, "SELECT article_id, partition_date::VARCHAR FROM articles")) == [
        ("kept", "2025-05-02"), ("moved", "2025-05-01"), ("withdrawn", "2025-05-01"),
    ]

    # The same file, edited: one article moved to another day with a new text, one withdrawn.
    moved = article("moved", "2025-05-04T08:00:00+02:00", INTERCEPTION.format(n=20, region="Belgorod"))
    write_jsonl(landing / "lot.jsonl", [moved, kept])
    result = run(env)
    assert "3 day(s) to run" in result.stdout  # the new day, the kept article's, and the day the others left
    assert sorted(query(env, "SELECT article_id, partition_date::VARCHAR FROM articles")) == [("kept", "2025-05-02"), ("moved", "2025-05-04")]
    assert query(env, "SELECT article_id, count, region_codes, event_date::VARCHAR FROM interceptions") == [("moved", 20, ["RU-BEL"], "2025-05-04")]
    assert query(env, "SELECT DISTINCT article_id FROM evidence") == [("moved",)]


def test_the_quarantine_is_the_folder_as_it_is_now(tmp_path, landing):
    env = cli_env(tmp_path, landing)
    first = article("first", "2025-05-01T09:00:00+02:00", OTHER_NEWS)
    second = article("second", "2025-05-01T11:00:00+02:00", INTERCEPTION.format(n=7, region="Koursk"))
    half_written = json.dumps(second, ensure_ascii=False)[:60]
    (landing / "lot.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n" + half_written, encoding="utf-8")
    (landing / "ancien-nom.jsonl").write_text("pas du JSON\n", encoding="utf-8")
    run(env)
    assert sorted(query(env, "SELECT source_file, line_number FROM quarantine")) == [("ancien-nom.jsonl", 1), ("lot.jsonl", 2)]

    # The line completed, the other file renamed: their former rows are retired, not left behind nor doubled.
    write_jsonl(landing / "lot.jsonl", [first, second])
    (landing / "ancien-nom.jsonl").rename(landing / "nouveau-nom.jsonl")
    run(env)
    assert query(env, "SELECT source_file, line_number, reason FROM quarantine") == [
        ("nouveau-nom.jsonl", 1, "invalid JSON: Expecting value (column 1)"),
    ]
    assert sorted(query(env, "SELECT source_file, line_number FROM quarantine_retired")) == [("ancien-nom.jsonl", 1), ("lot.jsonl", 2)]
    assert sorted(query(env, "SELECT article_id FROM articles")) == [("first",), ("second",)]
    assert query(env, "SELECT count, region_codes FROM interceptions") == [(7, ["RU-KRS"])]


def test_a_folder_of_bad_records_only_reaches_the_analysts(tmp_path, landing):
    env = cli_env(tmp_path, landing)
    (landing / "mauvais.jsonl").write_text(
        '{"id": "sans-texte", "published_at": "2025-05-01T09:00:00+02:00"}\npas du JSON\n'
        '{"id": "trop-ancien", "published_at": "1900-01-01T00:00:00+00:00", "text": "Texte."}\n',
        encoding="utf-8",
    )
    with open(landing / "enorme.jsonl", "wb") as huge:
        huge.truncate(300 * 1024 * 1024)  # over the default file limit, and never read
    (landing / "archive.jsonl.gz").write_bytes(gzip.compress(b"pas du JSON\n"))
    result = run(env)
    assert "0 articles over 0 days, 5 records quarantined; 0 day(s) to run" in result.stdout
    assert sorted(query(env, "SELECT source_file, line_number, reason FROM quarantine")) == [
        ("archive.jsonl.gz", 1, "invalid JSON: Expecting value (column 1)"),
        ("enorme.jsonl", 0, "file is 300.0 MB, over the limit of 256.0 MB (WARWIRE_MAX_FILE_BYTES)"),
        ("mauvais.jsonl", 1, "missing or empty field(s): text"),
        ("mauvais.jsonl", 2, "invalid JSON: Expecting value (column 1)"),
        ("mauvais.jsonl", 3, "published_at 1900-01-01T00:00:00+00:00 is before 2014-01-01, the first day the warehouse holds"),
    ]
    assert query(env, "SELECT count(*) FROM regions") == [(112,)]
    sql = run_cli("sql", "SELECT count(*) AS rows FROM quarantine", env=env)
    assert sql.returncode == 0 and "│     5 │" in sql.stdout
