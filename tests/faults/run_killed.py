"""`warwire` killed with SIGKILL at a named point of the night, with its extraction workers (its process group,
as a service manager kills a unit).

    run_killed.py POINT warwire-arguments...

POINT is one of KILL_POINTS. Nothing of the product is changed except that the function named for the point
sends the signal when it is reached; the process dies with whatever it had half done.
"""

import os
import signal
import sys

import warehouse.snapshot
import warehouse.store
from orchestration import cli
from transforms.extract import articles


def die() -> None:
    os.killpg(os.getpgrp(), signal.SIGKILL)


class KillingConnection:
    """A DuckDB connection that dies when it is about to run a statement that starts with `prefix`."""

    def __init__(self, connection, prefix: str):
        self._connection = connection
        self._prefix = prefix

    def execute(self, query, *args, **kwargs):
        if query.lstrip().startswith(self._prefix):
            die()
        return self._connection.execute(query, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._connection, name)


def kill_at_statement(prefix: str) -> None:
    open_connection = warehouse.store._open
    warehouse.store._open = lambda path, read_only: KillingConnection(open_connection(path, read_only), prefix)


def kill_after(module, name: str, when=lambda *args: True) -> None:
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        if when(*args):
            die()
        return result

    setattr(module, name, wrapper)


def kill_before(module, name: str) -> None:
    def wrapper(*args, **kwargs):
        die()

    setattr(module, name, wrapper)


KILL_POINTS = {
    # Ingestion: inside the transaction that replaces the day's raw articles, after its DELETE.
    "ingest": lambda: kill_at_statement("INSERT INTO pipeline.raw_articles"),
    # Extraction: the model is loaded and spaCy is about to read the first window of the day.
    "extract": lambda: kill_before(articles, "extract_document"),
    # Publishing: inside the day's transaction, its articles, interception reports and claims already replaced.
    "publish": lambda: kill_at_statement("INSERT INTO main.interceptions"),
    # Between two audits: the articles and the interception family are staged and audited, the others are not.
    "between_audits": lambda: kill_after(warehouse.store.Warehouse, "record_audit", lambda store, table, *rest: table == "interceptions"),
    # The analysts' copy is written in full but not yet renamed into place.
    "snapshot": lambda: kill_after(warehouse.snapshot, "write_copy", lambda source, target: target.name.endswith(".incoming")),
}


if __name__ == "__main__":
    point, *arguments = sys.argv[1:]
    KILL_POINTS[point]()
    sys.exit(cli.main(arguments))
