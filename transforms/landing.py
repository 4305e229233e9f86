"""What changed in the landing folder since the last look: new or edited batch files, and the publication
days they touch. A file is read again only when its size or modification time moved, and counts as changed
only when its content hash did."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from transforms.batch_formats import parse_batch_file
from transforms.batches import BadCompression, OversizedFile, batch_files, read_batch_content
from transforms.input_limits import InputLimits
from transforms.records import Article


NOT_READ = "not read"


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    sha256: str
    partitions: tuple[str, ...]


@dataclass(frozen=True)
class LandingChanges:
    state: dict[str, FileState]
    # publication day → the changed files ("name@hash") that touch it
    partitions: dict[str, list[str]]
    # changed files that touch no day (every record bad, or not a batch file): only the quarantine changes
    without_days: list[str] = field(default_factory=list)


def state_to_json(state: dict[str, FileState]) -> str:
    return json.dumps({name: [s.size, s.mtime_ns, s.sha256, list(s.partitions)] for name, s in sorted(state.items())})


def state_from_json(cursor: str | None) -> dict[str, FileState]:
    if not cursor:
        return {}
    return {name: FileState(size, mtime, sha, tuple(days)) for name, (size, mtime, sha, days) in json.loads(cursor).items()}


def scan_landing(folder: Path, known: dict[str, FileState], limits: InputLimits = InputLimits(), now: datetime | None = None) -> LandingChanges:
    """Days to run: those a new file touches, and for an edited file those of its old and new content (an
    article moved or removed must leave its old day). A deleted file requests nothing: landing folders are
    cleaned up, and published days keep their rows. Files that cannot be read (over the size limit, symlinks
    leading out of the folder, other kinds of files) and files of bad records only touch no day, only the
    quarantine (`without_days`); `now` is the reading time, as for the pipeline."""
    state: dict[str, FileState] = {}
    partitions: dict[str, list[str]] = {}
    without_days: list[str] = []
    for entry in batch_files(folder):
        if entry.refusal:
            # Never read, so known by the entry itself; a new or changed one only changes the quarantine.
            try:
                status = entry.path.lstat()
            except OSError:
                continue
            old = known.get(entry.name)
            if old is None or (old.size, old.mtime_ns) != (status.st_size, status.st_mtime_ns):
                without_days.append(entry.name)
            state[entry.name] = FileState(status.st_size, status.st_mtime_ns, NOT_READ, ())
            continue
        try:
            stat = entry.path.stat()
        except OSError:  # removed since the folder was listed
            continue
        old = known.get(entry.name)
        if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            state[entry.name] = old
            continue
        try:
            content = read_batch_content(entry, limits)
        except (OversizedFile, BadCompression):
            content = None
        except OSError:
            continue
        # A file that cannot be read is known by its size: it is looked at again once that changes.
        digest = hashlib.sha256(content).hexdigest() if content is not None else f"unreadable-{stat.st_size}"
        if old is not None and old.sha256 == digest:
            state[entry.name] = FileState(stat.st_size, stat.st_mtime_ns, digest, old.partitions)
            continue
        articles = parse_batch_file(entry.name, content, limits, now).articles if content is not None else []
        days = tuple(sorted({article.partition_date.isoformat() for article in articles}))
        state[entry.name] = FileState(stat.st_size, stat.st_mtime_ns, digest, days)
        touched = sorted(set(days) | set(old.partitions if old else ()))
        for day in touched:
            partitions.setdefault(day, []).append(f"{entry.name}@{digest[:12]}")
        if not touched:
            without_days.append(f"{entry.name}@{digest[:12]}")
    return LandingChanges(state, partitions, without_days)


def days_to_run(articles: list[Article], published: list[tuple[str, date, str]], folder_files: set[str]) -> list[str]:
    """The days a run of the whole landing folder materialises: every day of its articles, and, as the sensor
    does for an edited file, the day an article published from a file still in the folder has left (moved to
    another day, or withdrawn). `published`: (article id, day, source file) of the published articles. A file
    no longer in the folder changes nothing: landing folders are cleaned up, and published days keep their rows."""
    current = {article.id: article.partition_date for article in articles}
    left = {day for article_id, day, source_file in published if source_file in folder_files and current.get(article_id) != day}
    return sorted(day.isoformat() for day in set(current.values()) | left)
