"""The content of one batch file (JSON lines, a JSON array, or CSV) into articles and quarantined records. No
input makes these functions raise: whatever cannot be read becomes a quarantine row saying why."""

from __future__ import annotations

import codecs
import itertools
import json
import re
from datetime import datetime

from transforms.csv_format import parse_csv
from transforms.input_limits import InputLimits
from transforms.records import RAW_EXCERPT_CHARS, ParsedBatch, QuarantinedRecord, file_row, printable, validate_record

JSON_WHITESPACE = re.compile(r"[ \t\n\r]*")
OTHER_ENCODINGS = {
    codecs.BOM_UTF32_LE: "UTF-32", codecs.BOM_UTF32_BE: "UTF-32", codecs.BOM_UTF16_LE: "UTF-16", codecs.BOM_UTF16_BE: "UTF-16",
}
LINE_BREAKS = re.compile(r"\r\n|\r|\n")


def _jsonl_record(raw: bytes, source_file: str, line_number: int, limits: InputLimits, now: datetime | None):
    def reject(reason: str) -> QuarantinedRecord:
        return QuarantinedRecord(source_file, line_number, reason, printable(raw[: 4 * RAW_EXCERPT_CHARS].decode("utf-8", "backslashreplace")))

    if too_big := limits.record_over_limit(len(raw)):
        return reject(too_big)
    if (nul := raw.find(b"\x00")) >= 0:
        return reject(f"binary data (NUL byte at column {nul + 1})")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return reject(f"not valid UTF-8 (byte {error.start + 1}: {error.reason})")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return reject(f"invalid JSON: {error.msg} (column {error.colno})")
    except RecursionError:
        return reject("JSON nested too deeply")
    except ValueError as error:  # an integer of more digits than Python converts
        return reject(f"invalid JSON: {error}")
    return validate_record(record, source_file, line_number, now=now, excerpt=printable(line))


def parse_jsonl(content: bytes, source_file: str, limits: InputLimits = InputLimits(), now: datetime | None = None) -> ParsedBatch:
    """One JSON object per line; lines end with "\\n", "\\r\\n" or "\\r" (none may appear unescaped in JSON)."""
    batch = ParsedBatch()
    for line_number, raw in enumerate(content.splitlines(), start=1):
        if raw.strip():
            # A byte order mark also starts the lines of files concatenated after the first one.
            batch.add(_jsonl_record(raw.removeprefix(codecs.BOM_UTF8), source_file, line_number, limits, now))
    return batch


def parse_json_array(content: bytes, source_file: str, limits: InputLimits = InputLimits(), now: datetime | None = None) -> ParsedBatch:
    """A JSON array of records, on one line or pretty-printed: each element is a record, numbered by the line
    where it starts. A malformed array keeps the elements before the fault and quarantines the rest as one row."""
    # Undecodable bytes inside a string are reported by the record that holds them.
    text = content.decode("utf-8", "surrogateescape")
    batch = ParsedBatch()
    decoder = json.JSONDecoder()
    line, counted = 1, 0

    def line_at(position: int) -> int:
        nonlocal line, counted
        line += len(LINE_BREAKS.findall(text, counted, position))
        counted = position
        return line

    def fault(position: int, reason: str) -> None:
        batch.quarantined.append(QuarantinedRecord(source_file, line_at(position), reason, printable(text[position : position + RAW_EXCERPT_CHARS])))

    position = _skip_whitespace(text, text.index("[") + 1)
    if text.startswith("]", position):
        position = _skip_whitespace(text, position + 1)
        if position == len(text):
            batch.quarantined.append(file_row(source_file, "file holds no records (an empty JSON array)"))
            return batch
        return parse_jsonl(content, source_file, limits, now)
    for element_number in itertools.count(1):
        start = position
        try:
            record, position = decoder.raw_decode(text, start)
        except json.JSONDecodeError as error:
            fault(start, f"invalid JSON array: {error.msg} (line {error.lineno} column {error.colno})")
            return batch
        except RecursionError:
            fault(start, f"JSON nested too deeply (array element {element_number})")
            return batch
        except ValueError as error:
            fault(start, f"invalid JSON array: {error} (array element {element_number})")
            return batch
        # An element's size is known once it is decoded; the file size limit has bounded that work.
        if too_big := limits.record_over_limit(len(text[start:position].encode("utf-8", "surrogateescape"))):
            fault(start, too_big)
        else:
            batch.add(validate_record(record, source_file, line_at(start), now=now, excerpt=printable(text[start:position])))
        position = _skip_whitespace(text, position)
        if text.startswith(",", position):
            position = _skip_whitespace(text, position + 1)
            continue
        if not text.startswith("]", position):
            fault(position, f"invalid JSON array: ',' or ']' expected after element {element_number}" if position < len(text)
                  else "invalid JSON array: the file ends before the closing ']'")
            return batch
        if _skip_whitespace(text, position + 1) < len(text):
            # Data after the array: JSON lines whose first line happens to be an array.
            return parse_jsonl(content, source_file, limits, now)
        return batch


def _skip_whitespace(text: str, position: int) -> int:
    return JSON_WHITESPACE.match(text, position).end()


def parse_batch_file(name: str, content: bytes, limits: InputLimits = InputLimits(), now: datetime | None = None) -> ParsedBatch:
    """A batch file's (decompressed) content by its name: CSV for ".csv" (or ".csv.gz"), otherwise JSON lines,
    or a JSON array when the first character is "[". `now` is the reading time (default: the current time)."""
    content = content.removeprefix(codecs.BOM_UTF8)
    for mark, encoding in OTHER_ENCODINGS.items():
        if content.startswith(mark):
            return ParsedBatch(quarantined=[file_row(name, f"file is {encoding} encoded (byte order mark): batch files must be UTF-8")])
    if not content.strip():
        return ParsedBatch(quarantined=[file_row(name, "file holds no records")])
    if name.lower().removesuffix(".gz").endswith(".csv"):
        return parse_csv(content, name, limits, now)
    if content.lstrip().startswith(b"["):
        return parse_json_array(content, name, limits, now)
    return parse_jsonl(content, name, limits, now)
