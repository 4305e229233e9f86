"""The languages the extractors run on (transforms/nlp.py has a pipeline for each); ingestion quarantines
articles in any other language."""

from __future__ import annotations

SUPPORTED_LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "fr"


def language_code(value: str | None) -> str:
    """The primary language subtag, lower-cased: "FR", " fr-FR ", "fr_FR" → "fr"; none given → the default."""
    if value is None or not value.strip():
        return DEFAULT_LANGUAGE
    return value.strip().lower().replace("_", "-").split("-")[0]
