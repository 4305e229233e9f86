"""An analyst's process: read-only DuckDB sessions on the warehouse, as a separate program.

    session.py hold    WAREHOUSE STOP_FILE OUT_FILE   one session, open until STOP_FILE appears
    session.py queries WAREHOUSE STOP_FILE OUT_FILE   a new session per round of queries, until STOP_FILE appears

Each observation is a JSON line in OUT_FILE: the row counts of the published tables read in one session (the
state it saw), or the error it met. The first line is written as soon as the first observation is made.
"""

import json
import sys
import time
from pathlib import Path

import duckdb

PUBLISHED_TABLES = ("articles", "interception_claims", "interceptions", "aid_packages", "diplomatic_meetings", "meeting_participants")
STATE_QUERY = "SELECT " + ", ".join(f"(SELECT count(*) FROM main.{table})" for table in PUBLISHED_TABLES)
# What analysts run: every view over the facts, joined to the dimensions.
ANALYST_QUERIES = (
    "FROM interceptions_by_region_day",
    "FROM aid_by_donor_month",
    "FROM meetings_by_actor",
    "SELECT e.*, a.title FROM evidence e JOIN articles a USING (article_id)",
)
# An analyst runs a round every few seconds, not in a tight loop; one thread each, as 32 share two cores.
PAUSE_SECONDS = 2.0
SESSION_CONFIG = {"threads": 1}


def observe(con: duckdb.DuckDBPyConnection) -> dict:
    started = time.perf_counter()
    # One transaction: every query of the round reads the same state.
    con.execute("BEGIN")
    state = list(con.execute(STATE_QUERY).fetchone())
    for query in ANALYST_QUERIES:
        con.execute(query).fetchall()
    con.execute("COMMIT")
    return {"t": time.time(), "state": state, "seconds": time.perf_counter() - started}


def new_session_observation(warehouse: str) -> dict:
    with duckdb.connect(warehouse, read_only=True, config=SESSION_CONFIG) as con:
        return observe(con)


def hold(warehouse: str, stop: Path, out) -> None:
    con = duckdb.connect(warehouse, read_only=True, config=SESSION_CONFIG)
    repeat_until(stop, out, lambda: observe(con))
    con.close()


def queries(warehouse: str, stop: Path, out) -> None:
    repeat_until(stop, out, lambda: new_session_observation(warehouse))


def repeat_until(stop: Path, out, read) -> None:
    """Observe at least once, then until the stop file appears; an error is an observation too."""
    while True:
        try:
            observation = read()
        except duckdb.Error as error:
            observation = {"t": time.time(), "error": str(error)}
        out.write(json.dumps(observation) + "\n")
        out.flush()
        if stop.exists():
            return
        time.sleep(PAUSE_SECONDS)


def main() -> None:
    mode, warehouse, stop, out_file = sys.argv[1:]
    with open(out_file, "w") as out:
        {"hold": hold, "queries": queries}[mode](warehouse, Path(stop), out)


if __name__ == "__main__":
    main()
