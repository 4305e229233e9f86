"""Read landing batch files (JSONL or CSV) into valid articles and quarantined records."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl

from transforms.facts.schemas import ARTICLES, QUARANTINE, frame
from transforms.near_duplicates import link_near_duplicates

PARTITION_TIMEZONE = ZoneInfo("Europe/Paris")
ARTICLE_FIELDS = ("id", "source", "lang", "title", "url", "published_at", "text")
REQUIRED_FIELDS = ("id", "text", "published_at")
BATCH_SUFFIXES = (".jsonl", ".csv")
DEFAULT_LANG = "fr"
RAW_EXCERPT_CHARS = 500
# Reprints of wire copy appear the same day or soon after; copies are looked for this many days back.
DUPLICATE_WINDOW_DAYS = 2


@dataclass(frozen=True)
class Article:
    id: str
    source: str | None
    lang: str
    title: str | None
    url: str | None
    published_at: datetime
    text: str
    source_file: str
    source_line: int

    @property
    def partition_date(self) -> date:
        return publication_day(self.published_at)


@dataclass(frozen=True)
class QuarantinedRecord:
    source_file: str
    line_number: int
    reason: str
    raw_excerpt: str
    record_id: str | None = None


@dataclass
class ParsedBatch:
    articles: list[Article] = field(default_factory=list)
    quarantined: list[QuarantinedRecord] = field(default_factory=list)

    def extend(self, other: "ParsedBatch") -> None:
        self.articles.extend(other.articles)
        self.quarantined.extend(other.quarantined)


def publication_day(published_at: datetime) -> date:
    """The daily partition of an article: its publication date in Europe/Paris."""
    return published_at.astimezone(PARTITION_TIMEZONE).date()


def parse_published_at(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("published_at must be an ISO 8601 string")
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"published_at {value!r} has no UTC offset")
    return parsed


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def validate_record(record: object, source_file: str, line_number: int) -> Article | QuarantinedRecord:
    """Check one decoded record against the input contract."""
    excerpt = json.dumps(record, ensure_ascii=False)[:RAW_EXCERPT_CHARS]
    if not isinstance(record, dict):
        return QuarantinedRecord(source_file, line_number, "record is not a JSON object", excerpt)
    record_id = _optional_text(record.get("id"))
    missing = [name for name in REQUIRED_FIELDS if _optional_text(record.get(name)) is None]
    if missing:
        reason = "missing or empty field(s): " + ", ".join(missing)
        return QuarantinedRecord(source_file, line_number, reason, excerpt, record_id)
    try:
        published_at = parse_published_at(record["published_at"])
    except ValueError as error:
        reason = f"invalid published_at: {error}"
        return QuarantinedRecord(source_file, line_number, reason, excerpt, record_id)
    return Article(
        id=record_id,
        source=_optional_text(record.get("source")),
        lang=(_optional_text(record.get("lang")) or DEFAULT_LANG).lower(),
        title=_optional_text(record.get("title")),
        url=_optional_text(record.get("url")),
        published_at=published_at,
        text=str(record["text"]),
        source_file=source_file,
        source_line=line_number,
    )


def _add(batch: ParsedBatch, outcome: Article | QuarantinedRecord) -> None:
    if isinstance(outcome, Article):
        batch.articles.append(outcome)
    else:
        batch.quarantined.append(outcome)


def parse_jsonl(content: bytes, source_file: str) -> ParsedBatch:
    batch = ParsedBatch()
    for line_number, raw_line in enumerate(content.splitlines(), start=1):
        if not raw_line.strip():
            continue
        excerpt = raw_line[:RAW_EXCERPT_CHARS].decode("utf-8", errors="replace")
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError as error:
            reason = f"not valid UTF-8 (byte {error.start}: {error.reason})"
            batch.quarantined.append(QuarantinedRecord(source_file, line_number, reason, excerpt))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            reason = f"invalid JSON: {error.msg} (column {error.colno})"
            batch.quarantined.append(QuarantinedRecord(source_file, line_number, reason, excerpt))
            continue
        _add(batch, validate_record(record, source_file, line_number))
    return batch


def parse_csv(content: bytes, source_file: str) -> ParsedBatch:
    """CSV with a header row naming the article fields; a record may span several lines."""
    batch = ParsedBatch()
    # surrogateescape keeps undecodable bytes visible per record instead of failing the file.
    reader = csv.DictReader(io.StringIO(content.decode("utf-8", errors="surrogateescape"), newline=""))
    record_start = 2
    for row in reader:
        line_number, record_start = record_start, reader.line_num + 1
        raw = ",".join(value or "" for value in row.values() if isinstance(value, str))
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError as error:
            excerpt = raw.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")
            reason = f"not valid UTF-8 (character {error.start} of the record)"
            batch.quarantined.append(QuarantinedRecord(source_file, line_number, reason, excerpt[:RAW_EXCERPT_CHARS]))
            continue
        if None in row:
            excerpt = raw[:RAW_EXCERPT_CHARS]
            batch.quarantined.append(QuarantinedRecord(source_file, line_number, "more fields than the header", excerpt))
            continue
        _add(batch, validate_record(row, source_file, line_number))
    return batch


def drop_duplicate_ids(batch: ParsedBatch) -> ParsedBatch:
    """Keep the first record of each id; later ones are quarantined, naming the first."""
    seen: dict[str, Article] = {}
    result = ParsedBatch(quarantined=list(batch.quarantined))
    for article in batch.articles:
        first = seen.get(article.id)
        if first is None:
            seen[article.id] = article
            result.articles.append(article)
            continue
        reason = f"duplicate id {article.id!r} (first seen in {first.source_file} line {first.source_line})"
        excerpt = article.text[:RAW_EXCERPT_CHARS]
        result.quarantined.append(
            QuarantinedRecord(article.source_file, article.source_line, reason, excerpt, article.id)
        )
    return result


def batch_files(landing_dir: Path) -> list[Path]:
    return sorted(path for path in landing_dir.iterdir() if path.is_file() and path.suffix.lower() in BATCH_SUFFIXES)


def parse_batch_file(name: str, content: bytes) -> ParsedBatch:
    parser = parse_csv if name.lower().endswith(".csv") else parse_jsonl
    return parser(content, name)


def read_batch_file(path: Path) -> ParsedBatch:
    return parse_batch_file(path.name, path.read_bytes())


def read_landing_dir(landing_dir: Path) -> ParsedBatch:
    """All batch files of a landing folder, in name order, duplicates resolved."""
    if not landing_dir.is_dir():
        raise FileNotFoundError(f"landing folder {landing_dir} does not exist")
    batch = ParsedBatch()
    for path in batch_files(landing_dir):
        batch.extend(read_batch_file(path))
    return drop_duplicate_ids(batch)


def articles_frame(articles: list[Article]) -> pl.DataFrame:
    rows = [
        {
            "article_id": a.id,
            "partition_date": a.partition_date,
            "source": a.source,
            "lang": a.lang,
            "title": a.title,
            "url": a.url,
            "published_at": a.published_at,
            "text": a.text,
            "source_file": a.source_file,
            "source_line": a.source_line,
            "duplicate_of": None,
            "duplicate_similarity": None,
        }
        for a in articles
    ]
    return frame(rows, ARTICLES)


def quarantine_frame(records: list[QuarantinedRecord]) -> pl.DataFrame:
    rows = [
        {"source_file": r.source_file, "line_number": r.line_number, "record_id": r.record_id, "reason": r.reason, "raw_excerpt": r.raw_excerpt}
        for r in records
    ]
    return frame(rows, QUARANTINE)


def with_duplicate_links(rows: pl.DataFrame, earlier: pl.DataFrame) -> pl.DataFrame:
    """The day's articles with `duplicate_of` / `duplicate_similarity` set on copies of an article of the same
    day or of `earlier` (published articles with their own links)."""
    links = link_near_duplicates(
        rows.select("article_id", "published_at", "text"), earlier.select("article_id", "published_at", "text", "duplicate_of")
    )
    found = pl.DataFrame(
        {"article_id": list(links), "linked_to": [l.duplicate_of for l in links.values()], "similarity": [l.similarity for l in links.values()]},
        schema={"article_id": pl.String, "linked_to": pl.String, "similarity": pl.Float64},
    )
    return (
        rows.join(found, on="article_id", how="left", maintain_order="left")
        .with_columns(duplicate_of=pl.col("linked_to"), duplicate_similarity=pl.col("similarity"))
        .drop("linked_to", "similarity")
    )
