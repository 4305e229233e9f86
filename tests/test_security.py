"""Security rules as tests: SQL is built only from fixed identifiers, the repository holds no secret or machine
path, and the Dagster UI listens on loopback unless told otherwise."""

import ast
import os
import re
import shlex
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.conftest import REPO, run_cli
from warehouse.store import QueryError, Warehouse

SQL_PACKAGES = ("warehouse", "orchestration", "transforms", "expectations", "bench")
SQL_METHODS = {"execute", "executemany", "sql", "query"}  # DuckDB's connection/module calls that run SQL text
# The only names an f-string or .format() may splice into SQL; each is validated before it gets there
# (warehouse/store.py):
IDENTIFIERS = {
    "table",  # through _published/_pipeline, or a loop over PUBLISHED_TABLES/FACT_TABLES
    "view",  # checked against ANALYST_VIEWS in read_view
    "head",  # the first table of a family of DAY_FAMILIES, constant names
    "schema",  # _replace's callers pass the literal "main" or "reports"
    "origin",  # the literal "reports" or "main" in ensure_schema
    "qualified_table",  # _count's callers pass f"{schema}.{table}" of the above
    "group_key", "fact.group_key", "fact.fact_key",  # FACT_TABLES' constant column names
}
# The one call that runs SQL it did not build: `warwire sql` runs the analyst's own query, by design, on a
# read-only connection, so it can read but not change the warehouse (test_analyst_sql_cannot_write).
ANALYST_SQL = ("warehouse/store.py", "Warehouse.show_query")
HOSTILE_NAME = "articles; DROP TABLE main.articles"


def tracked_files(*folders: str) -> list[str]:
    return subprocess.run(["git", "ls-files", "-z", *folders], cwd=REPO, capture_output=True, check=True, text=True).stdout.split("\0")[:-1]


# 1. SQL takes values as parameters, identifiers only from a fixed set.
def _bindings(scope: ast.AST) -> dict[str, list[ast.expr | None]]:
    """Every value each name is bound to in scope; None where it is not a plain `name = value` (a parameter,
    a loop variable), whose value the check cannot see."""
    assigned = {
        node.targets[0]: node.value
        for node in ast.walk(scope)
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
    }
    bound = defaultdict(list)
    for node in ast.walk(scope):
        if isinstance(node, ast.arg):
            bound[node.arg].append(None)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound[node.id].append(assigned.get(node))
    return bound


def _is_identifier(node: ast.expr) -> bool:
    return ast.unparse(node) in IDENTIFIERS


def _is_read_sql(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "read_sql"


def sql_problems(node: ast.expr, bindings: dict, resolving: frozenset[str] = frozenset()) -> list[ast.expr]:
    """The parts of a SQL text expression that are neither constant, nor read from a .sql file, nor an allowed
    identifier; empty when the text is safe."""
    if (isinstance(node, ast.Constant) and isinstance(node.value, str)) or _is_read_sql(node):
        return []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        values = [*node.args, *(keyword.value for keyword in node.keywords)]
        return sql_problems(node.func.value, bindings, resolving) + [value for value in values if not _is_identifier(value)]
    if isinstance(node, ast.JoinedStr):
        spliced = [part.value for part in node.values if isinstance(part, ast.FormattedValue)]
        return [value for value in spliced if not _is_identifier(value) and sql_problems(value, bindings, resolving)]
    if isinstance(node, ast.Name) and node.id not in resolving:  # a name bound to itself (sql = sql + ...) is not safe
        values = bindings.get(node.id, [None])
        if all(value is not None and not sql_problems(value, bindings, resolving | {node.id}) for value in values):
            return []
    return [node]


def _sql_argument(node: ast.AST) -> ast.expr | None:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_METHODS):
        return None
    keywords = [keyword.value for keyword in node.keywords if keyword.arg == "query"]
    return (node.args or keywords or [None])[0]


def sql_arguments(node: ast.AST, function: str = "", bindings: dict | None = None) -> Iterator[tuple[str, dict, ast.expr]]:
    """(qualified name of the enclosing function, its bindings, SQL argument) of every SQL call under node."""
    bindings = _bindings(node) if bindings is None else bindings
    for child in ast.iter_child_nodes(node):
        name = f"{function}.{child.name}".lstrip(".") if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else function
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from sql_arguments(child, name)
            continue
        if (argument := _sql_argument(child)) is not None:
            yield function, bindings, argument
        yield from sql_arguments(child, name, bindings)


def spliced_sql(path: str) -> list[tuple[str, str]]:
    """(enclosing function, "path:line: expression") for every unsafe part of every SQL text in a file."""
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"), filename=path)
    return [
        (function, f"{path}:{problem.lineno}: {ast.unparse(problem)}")
        for function, bindings, argument in sql_arguments(tree)
        for problem in sql_problems(argument, bindings)
    ]


def test_sql_is_built_from_constants_files_and_allowed_identifiers():
    found = [(path, function, text) for path in tracked_files(*SQL_PACKAGES) if path.endswith(".py") for function, text in spliced_sql(path)]
    analyst = [text for path, function, text in found if (path, function) == ANALYST_SQL]
    assert len(analyst) == 1, f"{ANALYST_SQL}: expected exactly the analyst's query, found {analyst}"
    violations = [text for path, function, text in found if (path, function) != ANALYST_SQL]
    assert not violations, "SQL spliced from values that are not allowed identifiers (pass them as parameters):\n" + "\n".join(violations)


@pytest.mark.parametrize(
    "code, problems",
    [
        ('con.execute("SELECT 1")', []),
        ('con.execute(read_sql("audit/x.sql").format(table=table))', []),
        ('con.sql(f"SELECT * FROM main.{table} WHERE d = $d", params={"d": day})', []),
        ('query = read_sql("x.sql")\ncon.execute(f"INSERT INTO t {query}")', []),
        ('con.execute(f"SELECT * FROM t WHERE id = {article_id}")', ["article_id"]),
        ('con.execute("SELECT * FROM t WHERE id = {}".format(article_id))', ["article_id"]),
        ('con.execute("SELECT * FROM " + table)', ["'SELECT * FROM ' + table"]),
        ('con.execute("SELECT * FROM %s" % table)', ["'SELECT * FROM %s' % table"]),
        ('def f(query):\n    con.sql(query)', ["query"]),
        ('sql = "SELECT 1"\nsql = f"{sql} WHERE id = {user}"\ncon.execute(sql)', ["sql"]),
    ],
)
def test_sql_check_flags_spliced_values(code, problems):
    found = [ast.unparse(problem) for _, bindings, argument in sql_arguments(ast.parse(code)) for problem in sql_problems(argument, bindings)]
    assert found == problems


def test_analyst_sql_cannot_write(tmp_path: Path):
    path = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(QueryError, match="read-only"):
        Warehouse(path).show_query("CREATE TABLE main.articles AS SELECT 1 AS article_id")


def _escape_attempts(folder: Path) -> dict[str, str]:
    """Statements an analyst's SQL must not run, each with the file or folder it would write or read."""
    pipeline, analysts = folder / "warwire.pipeline.duckdb", folder / "warwire.duckdb"
    return {
        f"COPY (SELECT 'x' AS x) TO '{pipeline}' (FORMAT csv)": str(pipeline),
        f"COPY (SELECT 'x' AS x) TO '{analysts}' (FORMAT csv)": str(analysts),
        f"COPY (SELECT 'x' AS x) TO '{folder / 'sortie.csv'}' (FORMAT csv)": str(folder / "sortie.csv"),
        f"EXPORT DATABASE '{folder / 'export'}'": str(folder / "export"),
        "INSTALL httpfs": "extension",
        "LOAD httpfs": "extension",
        "SELECT * FROM read_text('/etc/passwd')": "/etc/passwd",
        "SELECT * FROM glob('/etc/**')": "/etc",
        f"ATTACH '{folder / 'autre.duckdb'}' AS autre": str(folder / "autre.duckdb"),
        f"SELECT * FROM read_csv('{pipeline}')": str(pipeline),
        "SET enable_external_access = true": "settings",
        "SET lock_configuration = false": "settings",
    }


def test_analyst_sql_reads_the_warehouse_and_nothing_else(tmp_path: Path):
    """`warwire sql` as analysts run it: every escape fails with DuckDB's message, the warehouse files are
    unchanged and no file appears; a query of the warehouse still works."""
    folder = tmp_path / "warehouse"
    folder.mkdir()
    for name in ("warwire.duckdb", "warwire.pipeline.duckdb"):
        con = duckdb.connect(str(folder / name))
        con.execute("CREATE TABLE articles AS SELECT 'a1' AS article_id")
        con.close()
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    env = {"WARWIRE_WAREHOUSE": str(folder / "warwire.duckdb")}
    for statement, target in _escape_attempts(folder).items():
        result = run_cli("sql", statement, env=env)
        assert result.returncode == 1, (statement, result.stdout)
        assert "Traceback" not in result.stderr
        assert re.search(r"Permission Error|disabled|locked", result.stderr), (statement, target, result.stderr)
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before
    query = run_cli("sql", "SELECT article_id FROM articles", env=env)
    assert query.returncode == 0 and "a1" in query.stdout


def test_analyst_sql_on_a_damaged_warehouse_says_so(tmp_path: Path):
    path = tmp_path / "warwire.duckdb"
    path.write_bytes(b"not a database" * 100)
    result = run_cli("sql", "SELECT 1", env={"WARWIRE_WAREHOUSE": str(path)})
    assert result.returncode == 1
    assert result.stderr.startswith(f"warwire: the warehouse {path} cannot be opened: ")
    assert "Traceback" not in result.stderr


ROWS = pl.DataFrame({"article_id": ["a"]})
TABLE_METHODS = {
    "stage": lambda warehouse, name: warehouse.stage(name, ROWS),
    "publish_reference": lambda warehouse, name: warehouse.publish_reference(name),
    "record_audit": lambda warehouse, name: warehouse.record_audit(name, date(2024, 12, 8), True),
    "read_table": lambda warehouse, name: warehouse.read_table(name),
    "read_staged": lambda warehouse, name: warehouse.read_staged(name, date(2024, 12, 8)),
    "replace_pipeline_partition": lambda warehouse, name: warehouse.replace_pipeline_partition(name, date(2024, 12, 8), ROWS),
    "read_pipeline_partition": lambda warehouse, name: warehouse.read_pipeline_partition(name, date(2024, 12, 8)),
    "read_view": lambda warehouse, name: warehouse.read_view(name),
    "audit_frame": lambda warehouse, name: warehouse.audit_frame(name, date(2024, 12, 8)),
}


@pytest.mark.parametrize("method", TABLE_METHODS)
def test_table_names_are_checked_before_the_file_is_opened(method, tmp_path: Path):
    with pytest.raises(ValueError, match="is not a"):
        TABLE_METHODS[method](Warehouse(tmp_path / "warehouse.duckdb"), HOSTILE_NAME)
    assert not list(tmp_path.iterdir()), "the warehouse (or its lock) was opened with a hostile table name"


# 2. No secret or absolute machine path is committed.
# Where a checkout, a home or a temporary file lives, on this machine and others (spelled without a whole path,
# as this file is scanned too; a home of "/" would match everything).
MACHINE_DIRS = (
    *(f"/{name}/" for name in ("work", "home", "root", "Users", "tmp", "var", "usr", "opt")),
    *({f"{REPO}/", f"{Path.home()}/"} - {"//"}),
)
ALLOWED_PATHS = {
    "/usr/bin/chromium",  # Debian's Chromium: the Makefile installs it and the browser test drives it, on purpose
    "/usr/bin/env",  # the portable shebang of .ci/run
}
ABSOLUTE_PATH = re.compile(r"(?<![\w.~)$-])/[^\s\"'`<>(){}\[\],;:|*]+")
WINDOWS_PATH = re.compile(r"(?<!\w)[A-Za-z]:\\[^\s\"']*")
SECRETS = {
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "AWS access key id": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"),
    "Slack token": re.compile(r"\bxox[baprs]-"),
    "credential literal": re.compile(r"(?i)\b[\w-]*(?:password|passwd|secret|token|api[_-]?key)[\"']?\s*[:=]\s*[\"'][^\"'\s]+[\"']"),
}


def machine_paths(text: str) -> list[str]:
    unix = [path for path in ABSOLUTE_PATH.findall(text) if path not in ALLOWED_PATHS and (path + "/").startswith(MACHINE_DIRS)]
    return unix + WINDOWS_PATH.findall(text)


def secrets(text: str) -> list[str]:
    return [name for name, pattern in SECRETS.items() if pattern.search(text)]


def text_of(path: Path) -> str | None:
    """The file's text; None for a binary file or one deleted since `git ls-files`."""
    try:
        data = path.read_bytes()
        return None if b"\0" in data else data.decode("utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def test_no_secret_or_machine_path_is_committed():
    # This file as well, before it is committed: its own synthetic examples must not count.
    paths = {REPO / path for path in tracked_files()} | {Path(__file__)}
    found = [
        f"{path.relative_to(REPO)}:{number}: {finding}"
        for path in sorted(paths)
        if (text := text_of(path)) is not None
        for number, line in enumerate(text.splitlines(), 1)
        for finding in [*machine_paths(line), *secrets(line)]
    ]
    assert not found, "committed machine paths or secrets:\n" + "\n".join(found)


# The examples are spliced from parts so that this file, which the scan reads too, holds none of them whole.
@pytest.mark.parametrize(
    "line, paths",
    [
        ("db = '/wo" "rk/main/warehouse.duckdb'", ["/wo" "rk/main/warehouse.duckdb"]),
        ("see /ho" "me/alice/notes and /Us" "ers/bob", ["/ho" "me/alice/notes", "/Us" "ers/bob"]),
        ("TMPDIR=/t" "mp", ["/t" "mp"]),
        ("open(r'C:" "\\Users\\bob')", ["C:" "\\Users\\bob"]),
        ('CHROMIUM = Path("/usr/bin/chromium")', []),
        ("data/tmp/x and https://example.org/home/page and ~/.config", []),
    ],
)
def test_path_scan(line, paths):
    assert machine_paths(line) == paths


@pytest.mark.parametrize(
    "line, found",
    [
        ("-----BEGIN RSA " "PRIVATE KEY-----", ["private key"]),
        ("key = AKIA" + "Q" * 16, ["AWS access key id"]),
        ("ghp_" + "a1" * 18, ["GitHub token"]),
        ("xox" "b-1234", ["Slack token"]),
        ("DB_PASS" 'WORD = "hunter2"', ["credential literal"]),
        ('"api_' 'key": "abc123"', ["credential literal"]),
        ('CONTEXT_TOKENS = 6; if token == "x": password = ""', []),
    ],
)
def test_secret_scan(line, found):
    assert secrets(line) == found


# 3. The Dagster webserver binds 127.0.0.1 unless told otherwise.
def ui_command(*overrides: str) -> list[str]:
    """The `dg dev` command of `make ui`, from a dry run that ignores UI_* set in this environment."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("UI_", "MAKE"))}
    dry_run = subprocess.run(["make", "-n", "ui", *overrides], cwd=REPO, env=env, capture_output=True, check=True, text=True).stdout
    [line] = [line for line in dry_run.splitlines() if " dg dev " in line]
    words = shlex.split(line)
    return words[words.index("dg"):]


def option(command: list[str], flag: str) -> str:
    return command[command.index(flag) + 1]


@pytest.mark.parametrize(
    "overrides, host, port",
    [((), "127.0.0.1", "3000"), (("UI_HOST=0.0.0.0", "UI_PORT=8080"), "0.0.0.0", "8080")],
)
def test_make_ui_binds_loopback_unless_told_otherwise(overrides, host, port):
    command = ui_command(*overrides)
    assert command[:2] == ["dg", "dev"]
    assert (option(command, "-h"), option(command, "-p")) == (host, port)
