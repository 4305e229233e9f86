"""The warehouse file: schema, partition writes, write-audit-publish, reads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

SQL_DIR = Path(__file__).parent / "sql"
PARTITIONED_TABLES = (
    "articles",
    "interception_claims",
    "interceptions",
    "aid_packages",
    "diplomatic_meetings",
    "meeting_participants",
)
REFERENCE_TABLES = ("regions", "actors")
PUBLISHED_TABLES = (*REFERENCE_TABLES, *PARTITIONED_TABLES)
PIPELINE_TABLES = ("raw_articles", "event_mentions")


def read_sql(relative_path: str) -> str:
    return (SQL_DIR / relative_path).read_text(encoding="utf-8")


def _published(table: str) -> str:
    if table not in PUBLISHED_TABLES:
        raise ValueError(f"{table!r} is not a published table")
    return table


def _pipeline(table: str) -> str:
    if table not in PIPELINE_TABLES:
        raise ValueError(f"{table!r} is not a pipeline table")
    return table


class Warehouse:
    """One DuckDB file. Writers open it per operation so that readers are never locked out for long."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(self.path), read_only=read_only)
        try:
            con.execute("SET TimeZone = 'UTC'")
            yield con
        finally:
            con.close()

    def ensure_schema(self) -> None:
        with self.connect() as con:
            con.execute(read_sql("schema.sql"))
            for table in PUBLISHED_TABLES:
                con.execute(f"CREATE TABLE IF NOT EXISTS staging.{table} AS FROM main.{table} LIMIT 0")

    # Pipeline tables: intermediate results, replaced per partition.
    def replace_pipeline_partition(self, table: str, partition_date: date, rows: pl.DataFrame) -> None:
        table = _pipeline(table)
        with self.connect() as con:
            con.execute("BEGIN")
            con.execute(f"DELETE FROM pipeline.{table} WHERE partition_date = ?", [partition_date])
            con.register("incoming", rows.to_arrow())
            con.execute(f"INSERT INTO pipeline.{table} BY NAME SELECT * FROM incoming")
            con.execute("COMMIT")

    def read_pipeline_partition(self, table: str, partition_date: date) -> pl.DataFrame:
        table = _pipeline(table)
        with self.connect(read_only=True) as con:
            return con.sql(f"SELECT * FROM pipeline.{table} WHERE partition_date = $d", params={"d": partition_date}).pl()

    def record_quarantine(self, rows: pl.DataFrame) -> None:
        """Upsert by (file, line) so that re-reading a batch never duplicates its bad records."""
        if rows.is_empty():
            return
        with self.connect() as con:
            con.register("incoming", rows.to_arrow())
            con.execute(
                "INSERT INTO main.quarantine BY NAME SELECT * FROM incoming "
                "ON CONFLICT (source_file, line_number) DO UPDATE SET reason = excluded.reason, "
                "record_id = excluded.record_id, raw_excerpt = excluded.raw_excerpt"
            )

    # Write-audit-publish.
    def stage(self, table: str, rows: pl.DataFrame, partition_date: date | None = None) -> None:
        """Replace the staged rows of a partition (or of a whole reference table)."""
        table = _published(table)
        with self.connect() as con:
            con.execute("BEGIN")
            if partition_date is None:
                con.execute(f"DELETE FROM staging.{table}")
            else:
                con.execute(f"DELETE FROM staging.{table} WHERE partition_date = ?", [partition_date])
            con.register("incoming", rows.to_arrow())
            con.execute(f"INSERT INTO staging.{table} BY NAME SELECT * FROM incoming")
            con.execute("COMMIT")

    def audit_frame(self, table: str, partition_date: date | None = None) -> pl.DataFrame:
        """The staged rows with the columns their expectations read (joins to dimensions, sums)."""
        query = read_sql(f"audit/{_published(table)}.sql")
        params = {"partition_date": partition_date} if "$partition_date" in query else None
        with self.connect(read_only=True) as con:
            return con.sql(query, params=params).pl()

    def publish(self, tables: tuple[str, ...], partition_date: date | None = None) -> dict[str, int]:
        """Swap the staged rows into the published tables in one transaction; returns rows published."""
        published = {}
        with self.connect() as con:
            con.execute("BEGIN")
            for table in map(_published, tables):
                if partition_date is None:
                    con.execute(f"DELETE FROM main.{table}")
                    con.execute(f"INSERT INTO main.{table} BY NAME SELECT * FROM staging.{table}")
                else:
                    con.execute(f"DELETE FROM main.{table} WHERE partition_date = ?", [partition_date])
                    con.execute(
                        f"INSERT INTO main.{table} BY NAME SELECT * FROM staging.{table} WHERE partition_date = ?",
                        [partition_date],
                    )
                published[table] = con.execute(
                    f"SELECT count(*) FROM main.{table}" + ("" if partition_date is None else " WHERE partition_date = ?"),
                    [] if partition_date is None else [partition_date],
                ).fetchone()[0]
            con.execute("COMMIT")
        return published

    def refresh_views(self) -> list[str]:
        with self.connect() as con:
            con.execute(read_sql("views.sql"))
            return [row[0] for row in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()]

    # Reads.
    def read_table(self, table: str, partition_date: date | None = None) -> pl.DataFrame:
        table = _published(table)
        with self.connect(read_only=True) as con:
            if partition_date is None:
                return con.sql(f"SELECT * FROM main.{table}").pl()
            return con.sql(f"SELECT * FROM main.{table} WHERE partition_date = $d", params={"d": partition_date}).pl()

    def row_counts(self) -> dict[str, int]:
        with self.connect(read_only=True) as con:
            tables = [*PUBLISHED_TABLES, "quarantine"]
            return {table: con.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0] for table in tables}
