"""Extraction results keyed by article content, so that an unchanged article is never parsed twice.

The key covers everything extraction reads (language, title, text); the cached mentions carry no article id,
so that the same text published under another id reuses them too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass

import polars as pl
from spacy.language import Language

from transforms.extract.articles import ArticleText, extract_articles
from transforms.extract.mentions import Mention


def content_hash(lang: str, title: str | None, text: str) -> str:
    digest = hashlib.sha256()
    for part in (lang, title or "", text):
        digest.update(part.encode("utf-8", errors="surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def mentions_to_json(mentions: list[Mention]) -> str:
    return json.dumps([{k: v for k, v in asdict(m).items() if k != "article_id"} for m in mentions], ensure_ascii=False, sort_keys=True)


def mentions_from_json(article_id: str, cached: str) -> list[Mention]:
    return [Mention(article_id=article_id, **fields) for fields in json.loads(cached)]


@dataclass
class Extraction:
    mentions: list[Mention]
    new_entries: dict[str, str]  # content hash → mentions JSON, for the articles that were parsed
    parsed: int
    reused: int


def extract_reusing(
    pipeline_for: Callable[[str], Language],
    articles: list[ArticleText],
    hashes: dict[str, str],
    cached: dict[str, str],
    on_progress: Callable[[int, int], None] | None = None,
    processes: int = 1,
) -> Extraction:
    """Mentions of every article; only texts absent from `cached` (content hash → JSON) go through spaCy,
    each distinct text once."""
    to_parse = list({hashes[a[0]]: a for a in articles if hashes[a[0]] not in cached}.values())
    found: dict[str, list[Mention]] = {hashes[a[0]]: [] for a in to_parse}
    progress = None if on_progress is None else (lambda done: on_progress(done, len(to_parse)))
    for mention in extract_articles(pipeline_for, to_parse, on_progress=progress, processes=processes):
        found[hashes[mention.article_id]].append(mention)
    new_entries = {content: mentions_to_json(mentions) for content, mentions in found.items()}
    known = {**cached, **new_entries}
    mentions = [m for a in articles for m in mentions_from_json(a[0], known[hashes[a[0]]])]
    return Extraction(mentions, new_entries, parsed=len(to_parse), reused=len(articles) - len(to_parse))


def cache_entries_frame(new_entries: dict[str, str], extractor_version: str) -> pl.DataFrame:
    return pl.DataFrame(
        {"content_hash": list(new_entries), "extractor_version": extractor_version, "mentions": list(new_entries.values())},
        schema={"content_hash": pl.String, "extractor_version": pl.String, "mentions": pl.String},
    )
