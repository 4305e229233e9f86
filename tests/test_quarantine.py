"""Bad records are quarantined with file, line and reason; the rest of the batch is published."""

import json

import duckdb

from tests.conftest import run_partition
from transforms.csv_format import parse_csv

GOOD = {
    "id": "good-1",
    "source": "test",
    "lang": "fr",
    "title": None,
    "url": None,
    "published_at": "2024-12-08T09:00:00+01:00",
    "text": "Selon le ministère russe de la Défense, 5 drones ukrainiens ont été abattus au-dessus de la région de Koursk.",
}


def test_bad_lines_are_quarantined_and_good_ones_published(pipeline_env):
    landing, warehouse_path = pipeline_env
    lines = [
        json.dumps(GOOD, ensure_ascii=False).encode(),
        b'{"id": "broken", "text": "unterminated',
        json.dumps({**GOOD, "id": "no-text", "text": None}).encode(),
        '{"id": "latin1", "published_at": "2024-12-08T10:00:00+01:00", "text": "Kyïv"}'.encode("latin-1"),
    ]
    (landing / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    assert run_partition("2024-12-08").success

    con = duckdb.connect(str(warehouse_path), read_only=True)
    quarantined = con.execute("SELECT source_file, line_number, reason FROM quarantine ORDER BY line_number").fetchall()
    published = con.execute("SELECT article_id FROM articles").fetchall()
    intercepted = con.execute("SELECT count, region_codes FROM interceptions").fetchall()
    con.close()
    assert [(name, line) for name, line, _ in quarantined] == [("batch.jsonl", 2), ("batch.jsonl", 3), ("batch.jsonl", 4)]
    assert quarantined[0][2].startswith("invalid JSON")
    assert quarantined[1][2] == "missing or empty field(s): text"
    assert quarantined[2][2].startswith("not valid UTF-8")
    assert published == [("good-1",)]
    assert intercepted == [(5, ["RU-KRS"])]


def test_csv_records_span_lines_and_report_their_first_line():
    content = (
        "id,source,lang,title,url,published_at,text\n"
        'a,s,fr,,,2024-12-08T09:00:00+01:00,"ligne un\nligne deux"\n'
        "b,s,fr,,,,sans date\n"
    ).encode()
    batch = parse_csv(content, "batch.csv")
    assert [a.id for a in batch.articles] == ["a"]
    assert batch.articles[0].text == "ligne un\nligne deux"
    assert [(q.line_number, q.reason) for q in batch.quarantined] == [(4, "missing or empty field(s): published_at")]
