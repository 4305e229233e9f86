"""One decoded input record checked against the input contract: a normalised article, or the reason it is
quarantined."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from transforms.languages import SUPPORTED_LANGUAGES, language_code
from transforms.text_cleaning import clean_field, clean_text

PARTITION_TIMEZONE = ZoneInfo("Europe/Paris")
# The first daily partition: reporting on the war starts with the Maidan and Crimea in early 2014, and archives
# from then on are backfilled. An article published before is quarantined, not dropped.
FIRST_PUBLICATION_DAY = date(2014, 1, 1)
ARTICLE_FIELDS = ("id", "source", "lang", "title", "url", "published_at", "text")
REQUIRED_FIELDS = ("id", "text", "published_at")
OPTIONAL_TEXT_FIELDS = ("source", "title", "url", "lang")
RAW_EXCERPT_CHARS = 500
# Clocks of news systems drift and time zones get mislabelled by an hour: later than this is an error.
FUTURE_TOLERANCE = timedelta(hours=1)
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
SURROGATE = re.compile("[\ud800-\udfff]")
ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, decoded with surrogateescape


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
    line_number: int  # 0: the whole file
    reason: str
    raw_excerpt: str
    record_id: str | None = None


def file_row(source_file: str, reason: str) -> QuarantinedRecord:
    """The quarantine row of a file that gives no record at all."""
    return QuarantinedRecord(source_file, 0, reason, "")


@dataclass
class ParsedBatch:
    articles: list[Article] = field(default_factory=list)
    quarantined: list[QuarantinedRecord] = field(default_factory=list)

    def add(self, outcome: Article | QuarantinedRecord) -> None:
        (self.articles if isinstance(outcome, Article) else self.quarantined).append(outcome)

    def extend(self, other: "ParsedBatch") -> None:
        self.articles.extend(other.articles)
        self.quarantined.extend(other.quarantined)


def publication_day(published_at: datetime) -> date:
    """The daily partition of an article: its publication date in Europe/Paris."""
    return published_at.astimezone(PARTITION_TIMEZONE).date()


def printable(text: str, limit: int = RAW_EXCERPT_CHARS) -> str:
    """An excerpt that any sink stores and prints: undecodable bytes and control characters as escapes."""
    text = ESCAPED_BYTE.sub(lambda char: f"\\x{ord(char.group()) - 0xDC00:02x}", text[:limit])
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return UNPRINTABLE.sub(lambda char: f"\\x{ord(char.group()):02x}", text)


def record_excerpt(record: object) -> str:
    try:
        return printable(json.dumps(record, ensure_ascii=False, default=repr))
    except (RecursionError, ValueError):
        return printable(repr(type(record)))


def parse_published_at(value: object) -> datetime:
    """An ISO 8601 date-time with a UTC offset."""
    if not isinstance(value, str):
        raise ValueError(f"must be an ISO 8601 string, got {type(value).__name__}")
    shown = printable(value.strip(), 60)
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{shown!r} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        raise ValueError(f"{shown!r} has no UTC offset")
    try:
        # Both conversions the pipeline makes later, so that none of them can fail there.
        parsed.astimezone(timezone.utc)
        publication_day(parsed)
    except (OverflowError, ValueError):
        raise ValueError(f"{shown!r} is out of range") from None
    return parsed


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _type_problems(record: dict) -> list[str]:
    problems = []
    record_id = record["id"]
    if isinstance(record_id, bool) or not isinstance(record_id, (str, int)):
        problems.append(f"field 'id' must be a string or an integer, got {type(record_id).__name__}")
    for name in ("text", "published_at"):
        if not isinstance(record[name], str):
            problems.append(f"field {name!r} must be a string, got {type(record[name]).__name__}")
    for name in OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            problems.append(f"field {name!r} must be a string or null, got {type(value).__name__}")
    for name in ARTICLE_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and (char := SURROGATE.search(value)):
            # From an escape such as "\ud800" in JSON, or bytes that are not UTF-8 in a CSV file.
            problems.append(f"field {name!r} is not valid UTF-8 text (unpaired surrogate U+{ord(char.group()):04X})")
    return problems


def _optional(value: str | None, clean) -> str | None:
    return (clean(value) or None) if value is not None else None


def validate_record(
    record: object, source_file: str, line_number: int, *, now: datetime | None = None, excerpt: str | None = None
) -> Article | QuarantinedRecord:
    """Check one decoded record against the input contract and normalise it. `now` is the reading time (default:
    the current time), against which a publication time in the future is refused."""
    excerpt = record_excerpt(record) if excerpt is None else excerpt
    if not isinstance(record, dict):
        got = "null" if record is None else type(record).__name__
        return QuarantinedRecord(source_file, line_number, f"record is not a JSON object (got {got})", excerpt)

    def reject(reason: str) -> QuarantinedRecord:
        raw_id = record.get("id")
        shown_id = printable(str(raw_id), 200) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else None
        return QuarantinedRecord(source_file, line_number, reason, excerpt, shown_id)

    missing = [name for name in REQUIRED_FIELDS if _blank(record.get(name))]
    if missing:
        return reject("missing or empty field(s): " + ", ".join(missing))
    problems = _type_problems(record)
    if problems:
        return reject("; ".join(problems))
    try:
        published_at = parse_published_at(record["published_at"])
    except ValueError as error:
        return reject(f"invalid published_at: {error}")
    if publication_day(published_at) < FIRST_PUBLICATION_DAY:
        return reject(f"published_at {published_at.isoformat()} is before {FIRST_PUBLICATION_DAY}, the first day the warehouse holds")
    now = now or datetime.now(timezone.utc)
    if published_at > now + FUTURE_TOLERANCE:
        return reject(f"published_at {published_at.isoformat()} is in the future (read at {now.astimezone(timezone.utc).isoformat(timespec='seconds')})")
    lang = language_code(record.get("lang"))
    if lang not in SUPPORTED_LANGUAGES:
        return reject(f"unsupported language {printable(record['lang'].strip(), 40)!r} (supported: {', '.join(SUPPORTED_LANGUAGES)})")
    record_id = clean_field(str(record["id"]))
    text = clean_text(record["text"])
    if not record_id:
        return reject("field 'id' is empty once invisible characters are removed")
    if not text.strip():
        return reject("field 'text' is empty once markup and invisible characters are removed")
    if not any(char.isalnum() for char in text):
        return reject("field 'text' holds no letter or digit once markup and invisible characters are removed")
    return Article(
        id=record_id,
        source=_optional(record.get("source"), clean_field),
        lang=lang,
        title=_optional(record.get("title"), lambda title: clean_text(title).strip()),
        url=_optional(record.get("url"), clean_field),
        published_at=published_at,
        text=text,
        source_file=source_file,
        source_line=line_number,
    )
