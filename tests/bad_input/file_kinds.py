"""Cases of the files a landing folder holds: the spellings of JSON batches, gzipped batches (whole, broken or
bombs), files that are not batches, and hard links."""

from __future__ import annotations

import gzip

from tests.bad_input.corpus import Case, Quarantined as Q, csv_file, csv_row, good, jsonl, line, published

MB = 1024 * 1024
NOT_A_BATCH_FILE = "not a batch file (batch files are *.jsonl, *.ndjson, *.json or *.csv, each may end in .gz): not read"


def _json_spellings() -> list[Case]:
    a, b, c = good("bad-json-file-1"), good("bad-json-file-2"), good("bad-ndjson-1")
    return [
        Case(
            "JSON array in a .json file",
            {"tableau.json": b"[\n" + line(a) + b",\n" + line(b) + b"\n]\n"},
            published=(published(a, "tableau.json", 2), published(b, "tableau.json", 3)),
        ),
        Case("JSON lines in a .ndjson file", {"flux.ndjson": jsonl(c)}, published=(published(c, "flux.ndjson", 1),)),
    ]


def _compressed() -> list[Case]:
    a, b, c = good("bad-gzip-jsonl-1"), good("bad-gzip-jsonl-2"), good("bad-gzip-csv-1")
    whole = gzip.compress(jsonl(a, b'{"id": "bad-gzip-jsonl-broken", "text": ', b))
    return [
        Case(
            "gzipped JSON lines",
            {"lot.jsonl.gz": whole},
            published=(published(a, "lot.jsonl.gz", 1), published(b, "lot.jsonl.gz", 3)),
            quarantined=(Q("lot.jsonl.gz", 2, "invalid JSON"),),
        ),
        Case("gzipped CSV", {"lot.csv.gz": gzip.compress(csv_file(csv_row(c)))}, published=(published(c, "lot.csv.gz", 2),)),
        Case(
            "a .gz file that is not gzip data, and one cut short",
            {"pas-gzip.jsonl.gz": jsonl(good("bad-gzip-plain-1")), "coupe.jsonl.gz": whole[: len(whole) // 2]},
            quarantined=(Q("pas-gzip.jsonl.gz", 0, "not a valid gzip file"), Q("coupe.jsonl.gz", 0, "not a valid gzip file")),
        ),
        Case(
            "a small gzip file that expands past the file size limit",
            {"bombe.jsonl.gz": lambda: gzip.compress(b"\n" * (25 * MB))},
            quarantined=(Q("bombe.jsonl.gz", 0, "file holds more than 24.0 MB once decompressed, over the limit (WARWIRE_MAX_FILE_BYTES)"),),
        ),
    ]


def _other_files() -> list[Case]:
    names = ("notes.txt", "lot.jsonl.txt", ".DS_Store", "LISEZMOI.md", "lot.jsonl.part")
    return [
        Case(
            "files that are not batch files",
            {name: jsonl(good(f"bad-not-a-batch-{index}")) for index, name in enumerate(names)},
            quarantined=tuple(Q(name, 0, NOT_A_BATCH_FILE) for name in names),
        )
    ]


def _hard_links() -> list[Case]:
    a = good("bad-hard-link-inside-1")
    return [
        Case(
            "hard link to a file that also has a name outside the landing folder",
            outside={"secret-lie.jsonl": jsonl(good("bad-hard-link-outside-must-not-be-read"))},
            hard_links={"lien-dur.jsonl": "../outside/secret-lie.jsonl"},
            quarantined=(Q("lien-dur.jsonl", 0, "hard link to a file that also has a name outside the landing folder: not read"),),
        ),
        Case(
            "two names of one file in the landing folder",
            {"nom-premier.jsonl": jsonl(a)},
            hard_links={"nom-second.jsonl": "nom-premier.jsonl"},
            published=(published(a, "nom-premier.jsonl", 1),),
        ),
    ]


def file_kinds() -> list[Case]:
    return [*_json_spellings(), *_compressed(), *_other_files(), *_hard_links()]
