"""The event mention record and the span helpers every extractor shares."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from weakref import WeakKeyDictionary

import polars as pl

from spacy.tokens import Doc, Span, SpanGroup, Token

from transforms.facts.schemas import EVENT_MENTIONS, frame
from transforms.normalise.numbers import parse_count, parse_number


@dataclass(frozen=True)
class Mention:
    article_id: str
    family: str
    rule_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    char_start: int
    char_end: int
    payload: dict = field(default_factory=dict)

    def shifted(self, chars: int, sentences: int) -> Mention:
        """The same mention found in an excerpt that starts `chars` characters and `sentences` sentences into
        its article. Interception parts carry offsets of their own."""
        payload = self.payload
        if "parts" in payload:
            parts = [{**part, "char_start": part["char_start"] + chars, "char_end": part["char_end"] + chars} for part in payload["parts"]]
            payload = {**payload, "parts": parts}
        return replace(
            self,
            sentence_index=self.sentence_index + sentences,
            sentence_start=self.sentence_start + chars,
            char_start=self.char_start + chars,
            char_end=self.char_end + chars,
            payload=payload,
        )


@dataclass(frozen=True)
class GroupIndex:
    """A span group in text order (by start, the longest first), as positions in the group and their starts,
    ends and labels: a sentence's spans are then found by bisection, not by a scan of the whole document."""

    group: SpanGroup
    size: int
    positions: list[int]
    starts: list[int]
    ends: list[int]
    labels: list[str]


def _index_of(group: SpanGroup) -> GroupIndex:
    spans = list(group)
    positions = sorted(range(len(spans)), key=lambda position: (spans[position].start, -spans[position].end))
    ordered = [spans[position] for position in positions]
    return GroupIndex(
        group, len(spans), positions, [span.start for span in ordered], [span.end for span in ordered], [span.label_ for span in ordered]
    )


# Built once per document and span group, kept while the document lives. An index holds no span: a span would
# keep its document, the cache's key, alive.
_GROUP_INDEXES: WeakKeyDictionary[Doc, dict[str, GroupIndex]] = WeakKeyDictionary()


def _indexed(doc: Doc, key: str, group: SpanGroup) -> GroupIndex:
    indexes = _GROUP_INDEXES.setdefault(doc, {})
    index = indexes.get(key)
    if index is None or index.group is not group or index.size != len(group):  # a group set or grown since
        index = indexes[key] = _index_of(group)
    return index


def spans_in(sent: Span, key: str, label: str | None = None) -> list[Span]:
    """Spans of a ruler group that lie inside one sentence, in text order."""
    group = sent.doc.spans.get(key)
    if not group:
        return []
    index = _indexed(sent.doc, key, group)
    first, last = bisect.bisect_left(index.starts, sent.start), bisect.bisect_right(index.starts, sent.end)
    return [
        group[index.positions[i]]
        for i in range(first, last)
        if index.ends[i] <= sent.end and (label is None or index.labels[i] == label)
    ]


def inside_any(token: Token, spans: list[Span]) -> bool:
    return any(span.start <= token.i < span.end for span in spans)


def _number_word(token: Token, lang: str) -> bool:
    """A number in words: spaCy's like_num knows few French compounds or plurals ("trente-deux", "cents")."""
    return token.text[:1].isalpha() and parse_number(token.text, lang) is not None


ORDINAL = re.compile(r"(?i)(ième|ieme|premier|première|second|seconde)$")


def _continues_number(previous: Token, token: Token) -> bool:
    if ORDINAL.search(token.text):  # "un deuxième drone": one, then an ordinal
        return False
    if token.text == "-" or previous.text == "-":
        return True
    if previous.text[:1].isalpha() and token.text[:1].isalpha():  # "deux cents", "cent trente-deux"
        return True
    # "1 200": a group of exactly three digits after a digit token.
    return previous.text.isdigit() and token.text.isdigit() and len(token.text) == 3


# "vingt et un", "soixante et onze": the "et" written inside a French number, between a ten and its unit.
TENS_BEFORE_ET = {"vingt", "trente", "quarante", "cinquante", "soixante"}
UNITS_AFTER_ET = {"un", "une", "onze"}


def _inner_et(sent: Span, token: Token) -> bool:
    doc = sent.doc
    return (
        token.lower_ == "et" and sent.start < token.i < sent.end - 1
        and doc[token.i - 1].lower_ in TENS_BEFORE_ET and doc[token.i + 1].lower_ in UNITS_AFTER_ET
    )


def number_runs(sent: Span, lang: str, excluded: list[Span]) -> list[tuple[Span, int]]:
    """Whole counts written in the sentence, with their spans, outside the excluded spans (money, dates)."""
    runs: list[tuple[Span, int]] = []
    start = None
    for token in [*sent, None]:
        is_part = (
            token is not None
            and (token.like_num or token.text == "-" or _number_word(token, lang) or _inner_et(sent, token))
            and not inside_any(token, excluded)
        )
        if start is not None and is_part and _continues_number(sent.doc[token.i - 1], token):
            continue
        if start is not None:
            end = token.i if token is not None else sent.end
            while end > start and sent.doc[end - 1].text == "-":
                end -= 1
            span = sent.doc[start:end]
            count = parse_count(span.text, lang)
            if count is not None:
                runs.append((span, count))
            start = None
        if is_part and token.text != "-":
            start = token.i
    return runs


def mention(article_id: str, family: str, rule_id: str, sent: Span, sentence_index: int, start_char: int, end_char: int, payload: dict) -> Mention:
    return Mention(
        article_id=article_id,
        family=family,
        rule_id=rule_id,
        sentence_index=sentence_index,
        sentence=sent.text,
        sentence_start=sent.start_char,
        char_start=start_char,
        char_end=end_char,
        payload=payload,
    )


def mentions_from_frame(event_mentions: pl.DataFrame) -> list[Mention]:
    return [
        Mention(
            article_id=row["article_id"],
            family=row["family"],
            rule_id=row["rule_id"],
            sentence_index=row["sentence_index"],
            sentence=row["sentence"],
            sentence_start=row["sentence_start"],
            char_start=row["char_start"],
            char_end=row["char_end"],
            payload=json.loads(row["payload"]),
        )
        for row in event_mentions.iter_rows(named=True)
    ]


def mentions_frame(mentions: list[Mention], partition_date: date, extractor_version: str) -> pl.DataFrame:
    rows = [
        {
            "partition_date": partition_date,
            "article_id": m.article_id,
            "family": m.family,
            "rule_id": m.rule_id,
            "sentence_index": m.sentence_index,
            "sentence": m.sentence,
            "sentence_start": m.sentence_start,
            "char_start": m.char_start,
            "char_end": m.char_end,
            "payload": json.dumps(m.payload, ensure_ascii=False, sort_keys=True),
            "extractor_version": extractor_version,
        }
        for m in mentions
    ]
    return frame(rows, EVENT_MENTIONS)
