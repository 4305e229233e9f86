"""What changed in the landing folder since the last look: new or edited batch files, and the publication
days they touch. A file is read again only when its size or modification time moved, and counts as changed
only when its content hash did."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from transforms.batch_formats import parse_batch_file
from transforms.batches import OversizedFile, batch_files, read_batch_bytes
from transforms.input_limits import InputLimits


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
    leading out of the folder) touch no day; `now` is the reading time, as for the pipeline."""
    state: dict[str, FileState] = {}
    partitions: dict[str, list[str]] = {}
    for entry in batch_files(folder):
        if entry.refusal:
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
            content = read_batch_bytes(entry.path, limits.max_file_bytes)
        except OversizedFile:
            content = None
        except OSError:
            continue
        # A file over the size limit is known by its size: it is looked at again once that changes.
        digest = hashlib.sha256(content).hexdigest() if content is not None else f"over-limit-{stat.st_size}"
        if old is not None and old.sha256 == digest:
            state[entry.name] = FileState(stat.st_size, stat.st_mtime_ns, digest, old.partitions)
            continue
        articles = parse_batch_file(entry.name, content, limits, now).articles if content is not None else []
        days = tuple(sorted({article.partition_date.isoformat() for article in articles}))
        state[entry.name] = FileState(stat.st_size, stat.st_mtime_ns, digest, days)
        for day in sorted(set(days) | set(old.partitions if old else ())):
            partitions.setdefault(day, []).append(f"{entry.name}@{digest[:12]}")
    return LandingChanges(state, partitions)
