"""Read the landing folder's batch files (JSON lines, JSON arrays or CSV, each may be gzipped) into valid
articles and quarantined records. Nothing outside the folder is ever opened, no file or record makes reading
fail, and every file the reader does not read is named in the quarantine."""

from __future__ import annotations

import gzip
import io
import os
import stat
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from transforms.batch_formats import parse_batch_file
from transforms.facts.schemas import ARTICLES, QUARANTINE, frame
from transforms.input_limits import InputLimits
from transforms.near_duplicates import link_near_duplicates
from transforms.records import Article, ParsedBatch, QuarantinedRecord, file_row, printable

BATCH_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")
COMPRESSED_SUFFIX = ".gz"
HARD_LINKED = "hard link to a file that also has a name outside the landing folder: not read"
NOT_A_BATCH_FILE = "not a batch file (batch files are *.jsonl, *.ndjson, *.json or *.csv, each may end in .gz): not read"
# Reprints of wire copy appear the same day or soon after; copies are looked for this many days back.
DUPLICATE_WINDOW_DAYS = 2
# O_NOFOLLOW: a file swapped for a symlink after the folder was listed is not followed; O_NONBLOCK: nor is a
# FIFO waited on.
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class BatchFile:
    name: str  # printable (a name that is not UTF-8 on disk shows its bytes as escapes): its records' source_file
    path: Path  # the file to read, symlinks resolved: always inside the landing folder
    refusal: str | None = None  # why it is not read


class OversizedFile(Exception):
    def __init__(self, size: int, decompressed: bool = False):
        super().__init__(size)
        self.size = size
        self.decompressed = decompressed

    def reason(self, limits: InputLimits) -> str:
        return limits.decompressed_over_limit() if self.decompressed else limits.file_over_limit(self.size)


class BadCompression(Exception):
    """A file named .gz that is not gzip data, or is cut short."""


def is_batch_name(name: str) -> bool:
    return name.lower().removesuffix(COMPRESSED_SUFFIX).endswith(BATCH_SUFFIXES)


def _entry(path: Path, folder: Path) -> BatchFile | None:
    """The file a folder entry stands for, with the reason it is not read if so; None for what is not a file
    (subfolders, named pipes)."""
    name = printable(path.name, 1000)
    try:
        if not path.is_symlink():
            target = path
        else:
            target = path.resolve(strict=True)
            if not target.is_relative_to(folder):
                return BatchFile(name, path, "symlink to a file outside the landing folder: not read")
        if not target.is_file():
            return None
    except FileNotFoundError:
        return BatchFile(name, path, "symlink to a missing file: not read")
    except RuntimeError:
        return BatchFile(name, path, "symlink loop: not read")
    except OSError as error:
        return BatchFile(name, path, f"file cannot be read: {error.strerror or error}")
    return BatchFile(name, target, None if is_batch_name(path.name) else NOT_A_BATCH_FILE)


def _hard_links(entries: list[BatchFile]) -> tuple[set[Path], set[Path]]:
    """Files that also have a name outside the folder, and the later names of a file the folder names twice. A
    hard link, unlike a symlink, does not say where it leads: a file with more links than the folder has names
    for it is the same file as one outside, and is not read."""
    names: dict[tuple[int, int], list[Path]] = {}
    link_counts: dict[tuple[int, int], int] = {}
    for entry in entries:
        if not entry.refusal:
            status = entry.path.stat()
            names.setdefault((status.st_dev, status.st_ino), []).append(entry.path)
            link_counts[status.st_dev, status.st_ino] = status.st_nlink
    outside = {path for key, paths in names.items() if link_counts[key] > len(paths) for path in paths}
    later_names = {path for paths in names.values() for path in paths[1:]}
    return outside, later_names


def batch_files(landing_dir: Path) -> list[BatchFile]:
    """The files of a landing folder in name order, subfolders and named pipes left out; those that are not
    read carry their reason. A file named twice in the folder (a symlink or a hard link to another of its
    files) is read once, under its first name."""
    folder = landing_dir.resolve()
    files, links = [], []
    for path in sorted(folder.iterdir()):
        if (entry := _entry(path, folder)) is not None:
            (files if entry.path == path else links).append(entry)
    read = {entry.path for entry in files}
    for link in links:
        if link.refusal or link.path not in read:
            read.add(link.path)
            files.append(link)
    outside, later_names = _hard_links(files)
    files = [BatchFile(entry.name, entry.path, HARD_LINKED) if entry.path in outside else entry for entry in files if entry.path not in later_names]
    return sorted(files, key=lambda entry: entry.name)


def read_batch_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's content; OversizedFile (not read) when it holds more than `max_bytes`."""
    descriptor = os.open(path, OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"{path.name} is not a regular file")
        if status.st_size > max_bytes:
            raise OversizedFile(status.st_size)
        content = handle.read(max_bytes + 1)
        if len(content) > max_bytes:  # it grew since
            raise OversizedFile(len(content))
        return content


def decompressed(content: bytes, max_bytes: int) -> bytes:
    """The content of a gzip file (all its members); OversizedFile past `max_bytes` once decompressed, which
    is never decompressed further (a small file can expand a thousandfold)."""
    with gzip.GzipFile(fileobj=io.BytesIO(content)) as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise OversizedFile(len(data), decompressed=True)
    return data


def read_batch_content(entry: BatchFile, limits: InputLimits) -> bytes:
    """The file's records as bytes, decompressed when its name ends in .gz. OSError, OversizedFile or
    BadCompression when it cannot be read."""
    content = read_batch_bytes(entry.path, limits.max_file_bytes)
    if not entry.name.lower().endswith(COMPRESSED_SUFFIX):
        return content
    try:
        return decompressed(content, limits.max_file_bytes)
    except (OSError, EOFError, zlib.error) as error:
        raise BadCompression(str(error) or type(error).__name__) from None


def read_batch_file(entry: BatchFile, limits: InputLimits = InputLimits(), now: datetime | None = None) -> ParsedBatch:
    if entry.refusal:
        return ParsedBatch(quarantined=[file_row(entry.name, entry.refusal)])
    try:
        content = read_batch_content(entry, limits)
    except FileNotFoundError:  # removed since the folder was listed
        return ParsedBatch()
    except OversizedFile as error:
        return ParsedBatch(quarantined=[file_row(entry.name, error.reason(limits))])
    except BadCompression as error:
        return ParsedBatch(quarantined=[file_row(entry.name, f"not a valid gzip file ({error}): not read")])
    except OSError as error:
        return ParsedBatch(quarantined=[file_row(entry.name, f"file cannot be read: {error.strerror or error}")])
    return parse_batch_file(entry.name, content, limits, now)


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
        result.quarantined.append(QuarantinedRecord(article.source_file, article.source_line, reason, printable(article.text), article.id))
    return result


def one_row_per_line(records: list[QuarantinedRecord]) -> list[QuarantinedRecord]:
    """Quarantine rows are keyed by (file, line): the elements of a one-line JSON array share their line."""
    merged: dict[tuple[str, int], QuarantinedRecord] = {}
    for record in records:
        key = (record.source_file, record.line_number)
        if (first := merged.get(key)) is None:
            merged[key] = record
        else:
            merged[key] = QuarantinedRecord(*key, f"{first.reason}; {record.reason}", first.raw_excerpt, first.record_id or record.record_id)
    return list(merged.values())


def read_landing_dir(landing_dir: Path, limits: InputLimits = InputLimits(), now: datetime | None = None) -> ParsedBatch:
    """All batch files of a landing folder, in name order, duplicates resolved. `now` is the reading time
    (default: the current time): a record published after it is quarantined."""
    if not landing_dir.is_dir():
        raise FileNotFoundError(f"landing folder {landing_dir} does not exist")
    batch = ParsedBatch()
    for entry in batch_files(landing_dir):
        batch.extend(read_batch_file(entry, limits, now))
    batch = drop_duplicate_ids(batch)
    return ParsedBatch(batch.articles, one_row_per_line(batch.quarantined))


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
