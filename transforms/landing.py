"""What changed in the landing folder since the last look: new or edited batch files, and the publication
days they touch. A file is read again only when its size or modification time moved, and counts as changed
only when its content hash did."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from transforms.batches import batch_files, parse_batch_file


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


def scan_landing(folder: Path, known: dict[str, FileState]) -> LandingChanges:
    """Days to run: those a new file touches, and for an edited file those of its old and new content (an
    article moved or removed must leave its old day). A deleted file requests nothing: landing folders are
    cleaned up, and published days keep their rows."""
    state: dict[str, FileState] = {}
    partitions: dict[str, list[str]] = {}
    for path in batch_files(folder):
        stat = path.stat()
        old = known.get(path.name)
        if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            state[path.name] = old
            continue
        content = path.read_bytes()
        digest = hashlib.sha256(content).hexdigest()
        if old is not None and old.sha256 == digest:
            state[path.name] = FileState(stat.st_size, stat.st_mtime_ns, digest, old.partitions)
            continue
        days = tuple(sorted({article.partition_date.isoformat() for article in parse_batch_file(path.name, content).articles}))
        state[path.name] = FileState(stat.st_size, stat.st_mtime_ns, digest, days)
        for day in sorted(set(days) | set(old.partitions if old else ())):
            partitions.setdefault(day, []).append(f"{path.name}@{digest[:12]}")
    return LandingChanges(state, partitions)
