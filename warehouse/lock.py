"""Cross-process serialisation of warehouse connections.

DuckDB lets one process write a file, and no other process open it meanwhile. Pipeline processes (parallel
partition runs, the sensor, the CLI) therefore take an advisory lock next to the file first: exclusive to
write, shared to read. They wait their turn instead of failing on DuckDB's own lock.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from transforms.settings import number_setting

POLL_SECONDS = 0.05
DEFAULT_TIMEOUT_SECONDS = 900.0


class WarehouseBusyError(TimeoutError):
    """Another process held the warehouse for longer than the configured timeout."""


def lock_timeout() -> float:
    """WARWIRE_LOCK_TIMEOUT seconds; SettingError for a value that is not a number of seconds."""
    return number_setting(os.environ, "WARWIRE_LOCK_TIMEOUT", DEFAULT_TIMEOUT_SECONDS, minimum=0, integer=False)


def wait_until(deadline: float, what: str, path: Path) -> None:
    if time.monotonic() > deadline:
        raise WarehouseBusyError(f"{path}: still busy after {lock_timeout():.0f} s waiting for {what}")
    time.sleep(POLL_SECONDS)


@contextmanager
def warehouse_lock(database: Path, exclusive: bool) -> Iterator[None]:
    lock_path = database.with_name(database.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    deadline = time.monotonic() + lock_timeout()
    with open(lock_path, "a") as handle:
        while True:
            try:
                fcntl.flock(handle, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                wait_until(deadline, "the warehouse lock", database)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
