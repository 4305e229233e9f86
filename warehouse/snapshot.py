"""The analysts' copy of the warehouse.

The pipeline writes its own file. After a night has passed every check, the file is copied next to the
analysts' file and renamed over it: a rename is atomic, so a session opened before it keeps reading the old
copy (its open file stays whole on disk) and a session opened after it sees the whole night.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    bytes: int
    seconds: float


def pipeline_file(analyst_file: Path) -> Path:
    """The file the pipeline writes, next to the one analysts open: warwire.duckdb → warwire.pipeline.duckdb."""
    return analyst_file.with_name(f"{analyst_file.stem}.pipeline{analyst_file.suffix}")


def incoming_file(target: Path) -> Path:
    """Where a copy is written before it is renamed over `target`, in the same folder (a rename does not cross
    file systems). A fixed name: a copy left by a killed run is overwritten by the next one, never renamed."""
    return target.with_name(f".{target.name}.incoming")


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    _fsync(target)


def replace_file(incoming: Path, target: Path) -> None:
    """Rename a written, synced copy over its target: readers see the old file or the new one, never a part."""
    os.replace(incoming, target)
    # The rename itself survives a power cut only once the folder is on disk.
    _fsync(target.parent)


def replace_snapshot(source: Path, analyst_file: Path) -> SnapshotInfo:
    """Copy a closed, checkpointed DuckDB file over the analysts' file in one rename."""
    started = time.perf_counter()
    incoming = incoming_file(analyst_file)
    write_copy(source, incoming)
    replace_file(incoming, analyst_file)
    return SnapshotInfo(analyst_file, analyst_file.stat().st_size, time.perf_counter() - started)
