"""Package boundaries: only orchestration imports dagster, only warehouse duckdb, only transforms spaCy."""

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

OWNERS = {"dagster": "orchestration", "duckdb": "warehouse", "spacy": "transforms"}
PACKAGES = ("orchestration", "transforms", "expectations", "warehouse")


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", PACKAGES)
def test_only_the_owner_imports_its_library(package):
    for path in (REPO / package).rglob("*.py"):
        for library, owner in OWNERS.items():
            if library in imported_roots(path):
                assert package == owner, f"{path.relative_to(REPO)} imports {library}, which belongs to {owner}/"
