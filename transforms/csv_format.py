"""CSV batch files: a header row naming the article fields, then one record per row (a quoted field may span
lines). Whatever the csv module refuses becomes a quarantine row; reading goes on with the next record."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from transforms.input_limits import InputLimits
from transforms.records import ARTICLE_FIELDS, REQUIRED_FIELDS, ParsedBatch, QuarantinedRecord, file_row, printable, validate_record


class _TakenLines:
    """The file's lines, remembering those the csv reader took for the current record, so that a record it
    refuses can still be shown."""

    def __init__(self, text: str):
        self._lines = io.StringIO(text, newline="")
        self._taken: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._taken.append(line)
        return line

    def record(self) -> str:
        text, self._taken = "".join(self._taken), []
        return text


def _csv_records(text: str):
    """(first line, fields, excerpt, error) of each record that is not blank. A record the csv module refuses
    has no fields and an error; reading goes on at the next line."""
    lines = _TakenLines(text)
    reader = csv.reader(lines, strict=True)  # strict: a stray or unclosed quote is an error, not a silent merge
    start = 1
    while True:
        try:
            values, error = next(reader), None
        except StopIteration:
            return
        except csv.Error as csv_error:
            values, error = [], f"invalid CSV: {csv_error}"
        excerpt = printable(lines.record().rstrip("\r\n"))
        if error or any(value.strip() for value in values):
            yield start, values, excerpt, error
        start = reader.line_num + 1


def _csv_problem(values: list[str], limits: InputLimits) -> str | None:
    """What makes a CSV record unreadable before its fields are checked."""
    raw = [value.encode("utf-8", "surrogateescape") for value in values]
    if too_big := limits.record_over_limit(sum(map(len, raw))):
        return too_big
    if any(b"\x00" in value for value in raw):
        return "binary data (NUL byte)"
    for column, value in enumerate(raw, start=1):
        try:
            value.decode("utf-8")
        except UnicodeDecodeError as error:
            return f"not valid UTF-8 (field {column}, byte {error.start + 1}: {error.reason})"
    return None


def _csv_header_problem(columns: list[str]) -> str | None:
    missing = [name for name in REQUIRED_FIELDS if name not in columns]
    if missing:
        return f"CSV header lacks required column(s): {', '.join(missing)} (header: {', '.join(columns)})"
    repeated = sorted({name for name in columns if name and columns.count(name) > 1})
    if repeated:
        return f"CSV header repeats column(s): {', '.join(repeated)}"
    return None


def parse_csv(content: bytes, source_file: str, limits: InputLimits = InputLimits(), now: datetime | None = None) -> ParsedBatch:
    """CSV with a header row naming the article fields (any case, spaces around); a record may span several
    lines."""
    batch = ParsedBatch()
    # surrogateescape keeps undecodable bytes visible per record instead of failing the file.
    text = content.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    # A field may be as long as the file: the record's size is checked once it is read, so that an oversized
    # field never leaves the reader in the middle of a record.
    previous_limit = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))
    try:
        records = _csv_records(text)
        header = next(records, None)
        if header is None:
            return ParsedBatch(quarantined=[file_row(source_file, "file holds no records")])
        line_number, values, excerpt, error = header
        columns = [value.strip().lower() for value in values]
        problem = error or _csv_problem(values, limits)
        if reason := f"CSV header: {problem}" if problem else _csv_header_problem(columns):
            return ParsedBatch(quarantined=[QuarantinedRecord(source_file, line_number, reason, excerpt)])
        for line_number, values, excerpt, error in records:
            if problem := error or _csv_problem(values, limits):
                batch.quarantined.append(QuarantinedRecord(source_file, line_number, problem, excerpt))
            elif len(values) > len(columns):
                reason = f"more fields than the header ({len(values)} fields, the header names {len(columns)})"
                batch.quarantined.append(QuarantinedRecord(source_file, line_number, reason, excerpt))
            else:
                record = {name: value or None for name, value in zip(columns, values) if name in ARTICLE_FIELDS}
                batch.add(validate_record(record, source_file, line_number, now=now, excerpt=excerpt))
    finally:
        csv.field_size_limit(previous_limit)
    if not batch.articles and not batch.quarantined:
        batch.quarantined.append(file_row(source_file, "file holds no records (a header only)"))
    return batch
