"""Whether a file is a whole DuckDB database, before the pipeline trusts a copy of it."""

from __future__ import annotations

from pathlib import Path

import duckdb

# A DuckDB file starts with its main header and two database headers, then holds its blocks.
HEADER_BYTES = 3 * 4096


def quoted(identifier: str) -> str:
    """An identifier read from a file's own catalog, quoted for SQL."""
    return '"' + identifier.replace('"', '""') + '"'


def database_problem(path: Path) -> str | None:
    """What is wrong with the file as a DuckDB database; None when it opens, is as long as its header says and
    every row of every table reads back (DuckDB checks each block's checksum as it reads it)."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        return str(error)
    try:
        _, _, block_size, total_blocks, *_ = con.execute("PRAGMA database_size").fetchone()
        expected = HEADER_BYTES + block_size * total_blocks
        if (size := path.stat().st_size) < expected:
            return f"the file is {size:,} bytes, its header needs {expected:,}: it was cut short"
        tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()
        for schema, table in tables:
            # Hashing every row reads every column of every block.
            con.execute("SELECT sum(hash(COLUMNS(*))) FROM query_table(?)", [f"{quoted(schema)}.{quoted(table)}"]).fetchall()
    except duckdb.Error as error:
        return str(error)
    finally:
        con.close()
    return None
