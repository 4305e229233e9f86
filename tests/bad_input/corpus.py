"""How a bad-input case is described and written into a landing folder, and the good records it holds."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from transforms.input_limits import InputLimits

SOURCE = "Agence d'essai"
GOOD_DAY = "2025-01-15"
# Limits of the corpus, also given to the pipeline run: the 20 MB article fits in a file, not in a record.
CORPUS_LIMITS = InputLimits(max_file_bytes=24 * 1024 * 1024, max_record_bytes=2 * 1024 * 1024)
CSV_HEADER = ("id", "source", "lang", "title", "url", "published_at", "text")

# Wire-copy sentences written for this corpus; each good record gets one with a number of its own, so that no
# two good records are copies of each other (texts that differ by a number never are).
SENTENCES = (
    "La préfecture a recensé {n} foyers privés d'électricité après les intempéries de la nuit, selon un communiqué publié dans la matinée.",
    "Les équipes de voirie ont dégagé {n} tonnes de gravats des rues du centre, a indiqué l'administration locale.",
    "Le conseil municipal a approuvé la réouverture de {n} écoles endommagées, dont les travaux doivent s'achever avant l'été.",
    "Quelque {n} habitants ont été relogés dans des gymnases de la ville, a précisé la mairie dans un message diffusé en fin de journée.",
    "La circulation ferroviaire a repris sur {n} kilomètres de voie après plusieurs jours d'interruption, selon l'opérateur national.",
    "Les bénévoles ont distribué {n} colis de vivres dans les quartiers périphériques, a rapporté une association caritative.",
    "Le tribunal régional a renvoyé au mois prochain l'examen de {n} dossiers d'indemnisation déposés par des riverains.",
    "Une coupure d'eau touche encore {n} immeubles du centre historique, a reconnu la compagnie des eaux dans la soirée.",
    "Les autorités sanitaires ont ouvert {n} points de vaccination mobiles dans les communes rurales de la province.",
    "Le port a accueilli {n} navires marchands au cours de la semaine écoulée, un chiffre en hausse selon la capitainerie.",
)
_numbers = itertools.count(101)


@dataclass(frozen=True)
class Published:
    """An article that reading the case must publish, with its fields as stored."""

    id: str
    source_file: str
    line: int
    text: str
    title: str | None = None
    source: str | None = SOURCE
    url: str | None = None
    lang: str = "fr"
    duplicate_of: str | None = None


@dataclass(frozen=True)
class Quarantined:
    source_file: str
    line: int
    reason: str  # a part of the reason


@dataclass(frozen=True)
class Case:
    kind: str
    # name (bytes: a name that is not UTF-8) → content (a function: built when written, for big files)
    files: Mapping[str | bytes, bytes | Callable[[], bytes]] = field(default_factory=dict)
    published: tuple[Published, ...] = ()
    quarantined: tuple[Quarantined, ...] = ()
    links: Mapping[str, str] = field(default_factory=dict)  # symlink name → target, relative to the folder or absolute
    hard_links: Mapping[str, str] = field(default_factory=dict)  # hard link name → its file, relative to the folder
    outside: Mapping[str, bytes] = field(default_factory=dict)  # files in ../outside/, next to the landing folder
    sparse: Mapping[str, int] = field(default_factory=dict)  # name → size of a file that holds no data
    fifos: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()


def write_case(case: Case, landing: Path) -> None:
    outside = landing.parent / "outside"
    outside.mkdir(exist_ok=True)
    for name, content in case.outside.items():
        (outside / name).write_bytes(content)
    for folder in case.folders:
        (landing / folder).mkdir(parents=True, exist_ok=True)
    for name, content in case.files.items():
        path = os.path.join(os.fsencode(landing), os.fsencode(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content() if callable(content) else content)
    for name, size in case.sparse.items():
        with open(landing / name, "wb") as handle:
            handle.truncate(size)
    for name, target in case.links.items():
        (landing / name).symlink_to(target)
    for name, target in case.hard_links.items():
        os.link(landing / target, landing / name)
    for name in case.fifos:
        os.mkfifo(landing / name)


def sentence(n: int | None = None) -> str:
    n = next(_numbers) if n is None else n
    return SENTENCES[n % len(SENTENCES)].format(n=n)


def good(record_id: str, **fields) -> dict:
    """A valid record published on GOOD_DAY, with a text of its own; `fields` replace or add fields."""
    n = next(_numbers)
    record = {
        "id": record_id, "source": SOURCE, "lang": "fr", "title": None, "url": None,
        "published_at": f"{GOOD_DAY}T{8 + n // 60 % 10:02d}:{n % 60:02d}:00+01:00", "text": sentence(n),
    }
    return {**record, **fields}


def published(record: dict, source_file: str, line: int, **stored) -> Published:
    """The article a record gives, its fields as written unless `stored` says how they are normalised."""
    fields = {name: record.get(name) for name in ("text", "title", "source", "url")} | {"lang": record.get("lang") or "fr"}
    return Published(id=str(record["id"]), source_file=source_file, line=line, **(fields | stored))


def line(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode()


def jsonl(*records: object, end: bytes = b"\n") -> bytes:
    """JSON lines: dicts and other values encoded, bytes as they are."""
    return b"".join((record if isinstance(record, bytes) else line(record)) + end for record in records)


def csv_row(record: dict) -> list[str]:
    return ["" if record.get(name) is None else str(record[name]) for name in CSV_HEADER]


def csv_file(*rows: list[str], header: tuple[str, ...] = CSV_HEADER, terminator: str = "\r\n") -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=terminator)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()
