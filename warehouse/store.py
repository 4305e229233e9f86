"""The warehouse file: schema, partition writes, write-audit-publish, corroboration, reads."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from warehouse.integrity import database_problem
from warehouse.lock import lock_timeout, wait_until, warehouse_lock
from warehouse.snapshot import SnapshotInfo, incoming_file, pipeline_file, replace_file, replace_snapshot, write_copy

SQL_DIR = Path(__file__).parent / "sql"
SCHEMA_VERSION = 2
# `warwire sql` prints wide rows whole (a pipe has no terminal width) and up to this many rows.
SHOW_WIDTH, SHOW_ROWS = 1000, 500


@dataclass(frozen=True)
class FactTable:
    """A fact table: per-article reports in `reports`, one row per fact (`fact_key`) in `main`. Rows of one
    family that share `group_key` come from the same chosen report (a claim and its regional rows)."""

    fact_key: str
    group_key: str


REFERENCE_TABLES = ("regions", "actors")
DAILY_TABLES = ("articles",)
FACT_TABLES = {
    "interception_claims": FactTable("claim_id", "claim_id"),
    "interceptions": FactTable("interception_id", "claim_id"),
    "aid_packages": FactTable("aid_id", "aid_id"),
    "diplomatic_meetings": FactTable("meeting_id", "meeting_id"),
    "meeting_participants": FactTable("meeting_id, actor_id", "meeting_id"),
}
PUBLISHED_TABLES = (*REFERENCE_TABLES, *DAILY_TABLES, *FACT_TABLES)
# A day's tables, published together: its articles, and each fact family (tables of one family corroborate
# together, the first one's group key choosing the report of the whole family).
DAY_FAMILIES = (("articles",), ("interception_claims", "interceptions"), ("aid_packages",), ("diplomatic_meetings", "meeting_participants"))
PIPELINE_TABLES = ("raw_articles", "event_mentions")
ANALYST_VIEWS = (
    "evidence", "interceptions_by_region_day", "interceptions_by_claimant_weapon", "aid_by_donor_month",
    "meetings_by_actor", "meetings_by_actor_place",
)


# Files whose schema this process has created or checked: every asset opens the warehouse, once is enough.
_SET_UP: set[Path] = set()


class WarehouseSchemaError(RuntimeError):
    """The file was written by another version of the schema."""


class QueryError(ValueError):
    """An analyst's query that DuckDB rejected, or a snapshot it cannot read."""


class WarehouseDamagedError(RuntimeError):
    """A warehouse file that is not a whole DuckDB database."""


class UnauditedError(RuntimeError):
    """A day asked to be published whose staged rows have not all passed their audits."""


# The analyst's own SQL reads the warehouse and nothing else: no file read or written outside it (COPY, EXPORT,
# ATTACH, read_csv, glob), no extension installed or loaded; the session then locks its configuration, so that
# no statement can lift these settings.
ANALYST_SANDBOX = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
}


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


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting while a process outside the pipeline (an analyst's session) holds it."""
    deadline = time.monotonic() + lock_timeout()
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            wait_until(deadline, "DuckDB's file lock", path)


class Warehouse:
    """The pipeline's DuckDB file (`path`) and the analysts' snapshot of it (`analyst_path`). Every pipeline
    operation opens its own connection under the pipeline's lock, so that parallel runs take turns; analysts
    read the snapshot and never wait for the pipeline, nor it for them."""

    def __init__(self, analyst_path: str | Path):
        self.analyst_path = Path(analyst_path)
        self.path = pipeline_file(self.analyst_path)

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        with warehouse_lock(self.path, exclusive=not read_only):
            try:
                con = _open(self.path, read_only)
            except duckdb.IOException as error:
                raise WarehouseDamagedError(
                    f"the pipeline's file {self.path} cannot be opened ({error}). Move it aside: the next run restores it "
                    f"from the analysts' snapshot {self.analyst_path}, or rebuilds the warehouse from the landing folder if there is none."
                ) from error
            try:
                con.execute("SET TimeZone = 'UTC'")
                yield con
            finally:
                con.close()

    def ensure_schema(self) -> None:
        """Create what is missing; a file this process already set up is not checked again."""
        if self.path.resolve() in _SET_UP and self.path.exists():
            return
        self._restore_from_snapshot()
        with self.connect() as con:
            found = _schema_version(con)
            if found is not None and found != SCHEMA_VERSION:
                raise WarehouseSchemaError(
                    f"{self.path} holds warehouse schema version {found}; this pipeline writes version {SCHEMA_VERSION}. "
                    "Rebuild it from the landing folder: delete the file and run `make run` (or `warwire run`)."
                )
            con.execute(read_sql("schema.sql"))
            for table in FACT_TABLES:
                con.execute(read_sql("fact_table.sql").format(table=table))
            for table in PUBLISHED_TABLES:
                origin = "reports" if table in FACT_TABLES else "main"
                con.execute(f"CREATE TABLE IF NOT EXISTS staging.{table} AS FROM {origin}.{table} LIMIT 0")
            if found is None:
                con.execute("INSERT INTO pipeline.schema_version VALUES (?)", [SCHEMA_VERSION])
        _SET_UP.add(self.path.resolve())

    def _restore_from_snapshot(self) -> None:
        """A snapshot is a whole copy of the pipeline's file: when that file is missing (first run of this
        version, or deleted), the pipeline starts from what analysts have instead of from nothing. The copy is
        checked before it is renamed into place, so a damaged snapshot or a killed copy never becomes the
        pipeline's file; a damaged snapshot stops the run rather than start it from an empty warehouse, which
        would publish a warehouse without its history."""
        if self.path.exists() or not self.analyst_path.is_file():
            return
        with warehouse_lock(self.path, exclusive=True):
            if self.path.exists():
                return
            copy = incoming_file(self.path)
            write_copy(self.analyst_path, copy)
            if problem := database_problem(copy):
                copy.unlink()
                raise WarehouseDamagedError(
                    f"the pipeline's file {self.path} is missing and the analysts' snapshot {self.analyst_path} it is restored "
                    f"from is damaged: {problem}. Move the snapshot aside; the next run then rebuilds the warehouse from the "
                    "landing folder (`warwire run`)."
                )
            replace_file(copy, self.path)

    def publish_snapshot(self) -> SnapshotInfo:
        """Give analysts the pipeline's file as it is now, in one atomic rename."""
        with warehouse_lock(self.path, exclusive=True):
            con = _open(self.path, read_only=False)
            try:
                # Everything into the main file, so that the copy needs no write-ahead log.
                con.execute("CHECKPOINT")
            finally:
                con.close()
            return replace_snapshot(self.path, self.analyst_path)

    @contextmanager
    def analyst_connect(self, sandboxed: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only session on the snapshot, as an analyst opens one: no pipeline lock, no waiting.
        `sandboxed`: the session can read the warehouse and nothing else (ANALYST_SANDBOX)."""
        try:
            con = duckdb.connect(str(self.analyst_path), read_only=True, config=ANALYST_SANDBOX if sandboxed else {})
        except duckdb.Error as error:
            raise QueryError(f"the warehouse {self.analyst_path} cannot be opened: {error}") from error
        try:
            con.execute("SET TimeZone = 'UTC'")
            if sandboxed:
                con.execute("SET lock_configuration = true")
            yield con
        finally:
            con.close()

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

    def replace_quarantine(self, rows: pl.DataFrame) -> int:
        """Make the quarantine the landing folder's bad records as they are now (warehouse/sql/quarantine.sql);
        returns how many rows were retired to quarantine_retired."""
        with self.connect() as con:
            con.execute("BEGIN")
            con.register("incoming", rows.to_arrow())
            before = con.execute("SELECT count(*) FROM main.quarantine_retired").fetchone()[0]
            con.execute(read_sql("quarantine.sql"))
            retired = con.execute("SELECT count(*) FROM main.quarantine_retired").fetchone()[0] - before
            con.execute("COMMIT")
        return retired

    # Extraction results by article content, so that unchanged articles are not parsed again.
    def cached_mentions(self, content_hashes: list[str], extractor_version: str) -> dict[str, str]:
        if not content_hashes:
            return {}
        with self.connect(read_only=True) as con:
            con.register("wanted", pl.DataFrame({"content_hash": content_hashes}).to_arrow())
            rows = con.execute(
                "SELECT content_hash, mentions FROM pipeline.extraction_cache "
                "WHERE extractor_version = ? AND content_hash IN (SELECT content_hash FROM wanted)",
                [extractor_version],
            ).fetchall()
        return dict(rows)

    def cache_mentions(self, entries: pl.DataFrame) -> None:
        """entries: content_hash, extractor_version, mentions (JSON text)."""
        if entries.is_empty():
            return
        with self.connect() as con:
            con.register("incoming", entries.to_arrow())
            con.execute("INSERT OR REPLACE INTO pipeline.extraction_cache BY NAME SELECT * FROM incoming")

    # Write-audit-publish.
    def stage(self, table: str, rows: pl.DataFrame, partition_date: date | None = None) -> None:
        """Replace the staged rows of a partition (or of a whole reference table); they are unaudited until
        `record_audit` says otherwise."""
        table = _published(table)
        with self.connect() as con:
            con.execute("BEGIN")
            if partition_date is None:
                con.execute(f"DELETE FROM staging.{table}")
            else:
                con.execute(f"DELETE FROM staging.{table} WHERE partition_date = ?", [partition_date])
            con.execute("DELETE FROM staging.audits WHERE table_name = ? AND partition_date IS NOT DISTINCT FROM ?", [table, partition_date])
            con.register("incoming", rows.to_arrow())
            con.execute(f"INSERT INTO staging.{table} BY NAME SELECT * FROM incoming")
            con.execute("COMMIT")

    def record_audit(self, table: str, partition_date: date | None, passed: bool) -> None:
        table = _published(table)
        with self.connect() as con:
            con.execute("INSERT INTO staging.audits VALUES (?, ?, ?)", [table, partition_date, passed])

    def audit_frame(self, table: str, partition_date: date | None = None) -> pl.DataFrame:
        """The staged rows with the columns their expectations read (joins to dimensions, sums)."""
        query = read_sql(f"audit/{_published(table)}.sql")
        params = {"partition_date": partition_date} if "$partition_date" in query else None
        with self.connect(read_only=True) as con:
            return con.sql(query, params=params).pl()

    def publish_reference(self, table: str) -> int:
        """Swap a reference table's staged rows into place; returns its rows."""
        table = _published(table)
        if table not in REFERENCE_TABLES:
            raise ValueError(f"{table!r} is not a reference table")
        with self.connect() as con:
            con.execute("BEGIN")
            _replace(con, "main", table, None)
            rows = _count(con, f"main.{table}", None)
            con.execute("COMMIT")
        return rows

    def publish_day(self, partition_date: date) -> dict[str, int]:
        """Publish a day's staged articles and facts in one transaction, only if every one of its tables passed
        its audit since it was staged: a day is published whole or not at all. Returns the rows published (the
        day's articles; for fact tables, the day's reports)."""
        with self.connect() as con:
            con.execute("BEGIN")
            audited = dict(con.execute(read_sql("audited_tables.sql"), [partition_date]).fetchall())
            missing = [table for family in DAY_FAMILIES for table in family if not audited.get(table)]
            if missing:
                raise UnauditedError(
                    f"{partition_date}: {', '.join(missing)} not staged or not passed their audits since; the day is not published"
                )
            published = {}
            for family in DAY_FAMILIES:
                if family[0] in FACT_TABLES:
                    _publish_facts(con, family, partition_date)
                else:
                    _replace(con, "main", family[0], partition_date)
                schema = "reports" if family[0] in FACT_TABLES else "main"
                published |= {table: _count(con, f"{schema}.{table}", partition_date) for table in family}
            con.execute("COMMIT")
        return published

    def refresh_views(self) -> list[str]:
        with self.connect() as con:
            con.execute(read_sql("views.sql"))
            return [row[0] for row in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()]

    # Reads.
    def read_staged(self, table: str, partition_date: date) -> pl.DataFrame:
        """A day's staged rows: what the day will publish once audited."""
        table = _published(table)
        with self.connect(read_only=True) as con:
            return con.sql(f"SELECT * FROM staging.{table} WHERE partition_date = $d", params={"d": partition_date}).pl()

    def read_table(self, table: str, partition_date: date | None = None) -> pl.DataFrame:
        """A published table; for the daily tables, one day of it."""
        table = _published(table)
        with self.connect(read_only=True) as con:
            if partition_date is None:
                return con.sql(f"SELECT * FROM main.{table}").pl()
            return con.sql(f"SELECT * FROM main.{table} WHERE partition_date = $d", params={"d": partition_date}).pl()

    def show_query(self, query: str) -> None:
        """Print an analyst's query result as DuckDB's table, on a sandboxed read-only session on the snapshot."""
        with self.analyst_connect(sandboxed=True) as con:
            try:
                relation = con.sql(query)
                if relation is not None:
                    relation.show(max_width=SHOW_WIDTH, max_rows=SHOW_ROWS)
            except duckdb.Error as error:
                raise QueryError(str(error)) from error

    def read_view(self, view: str) -> pl.DataFrame:
        if view not in ANALYST_VIEWS:
            raise ValueError(f"{view!r} is not an analyst view")
        with self.connect(read_only=True) as con:
            return con.sql(f"SELECT * FROM main.{view}").pl()

    def read_articles_between(self, first: date, last: date) -> pl.DataFrame:
        with self.connect(read_only=True) as con:
            return con.sql(
                "SELECT * FROM main.articles WHERE partition_date BETWEEN $first AND $last", params={"first": first, "last": last}
            ).pl()

    def published_article_days(self) -> list[tuple[str, date, str]]:
        """(article id, publication day, source file) of every published article; none before the first run."""
        if not self.path.exists():
            return []
        with self.connect(read_only=True) as con:
            return con.execute("SELECT article_id, partition_date, source_file FROM main.articles").fetchall()

    def row_counts(self) -> dict[str, int]:
        """Rows per table of the snapshot, as analysts see them."""
        with self.analyst_connect() as con:
            tables = [*PUBLISHED_TABLES, "quarantine"]
            return {table: con.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0] for table in tables}


def _schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    tables = {(schema, name) for schema, name in con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall()}
    if ("pipeline", "schema_version") in tables:
        row = con.execute("SELECT max(version) FROM pipeline.schema_version").fetchone()
        if row[0] is not None:
            return row[0]
    # The first schema had no version table.
    return 1 if ("main", "articles") in tables else None


def _replace(con: duckdb.DuckDBPyConnection, schema: str, table: str, partition_date: date | None) -> None:
    if partition_date is None:
        con.execute(f"DELETE FROM {schema}.{table}")
        con.execute(f"INSERT INTO {schema}.{table} BY NAME SELECT * FROM staging.{table}")
        return
    con.execute(f"DELETE FROM {schema}.{table} WHERE partition_date = ?", [partition_date])
    con.execute(f"INSERT INTO {schema}.{table} BY NAME SELECT * FROM staging.{table} WHERE partition_date = ?", [partition_date])


def _count(con: duckdb.DuckDBPyConnection, qualified_table: str, partition_date: date | None) -> int:
    if partition_date is None:
        return con.execute(f"SELECT count(*) FROM {qualified_table}").fetchone()[0]
    return con.execute(f"SELECT count(*) FROM {qualified_table} WHERE partition_date = ?", [partition_date]).fetchone()[0]


def _publish_facts(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...], partition_date: date) -> None:
    """Replace the day's reports of a fact family, then rebuild the facts those reports touch (before or after)
    from every day's reports, so that a fact reported on several days stays one row."""
    head = tables[0]
    group_key = FACT_TABLES[head].group_key
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE affected AS "
        f"SELECT {group_key} AS group_key FROM reports.{head} WHERE partition_date = $1 "
        f"UNION SELECT {group_key} FROM staging.{head} WHERE partition_date = $1",
        [partition_date],
    )
    for table in tables:
        _replace(con, "reports", table, partition_date)
    con.execute(f"CREATE OR REPLACE TEMP TABLE chosen AS {read_sql(f'corroborate/{head}.sql')}")
    for table in tables:
        fact = FACT_TABLES[table]
        con.execute(f"DELETE FROM main.{table} WHERE {fact.group_key} IN (SELECT group_key FROM affected)")
        query = read_sql("corroborate/facts.sql").format(table=table, fact_key=fact.fact_key, group_key=fact.group_key)
        con.execute(f"INSERT INTO main.{table} BY NAME {query}")
    con.execute("DROP TABLE affected")
    con.execute("DROP TABLE chosen")
