"""Run the extractors over parsed documents."""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

import numpy
import polars as pl
from spacy.attrs import NORM, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from transforms import reference
from transforms.extract.aid import ITEM_LOOKAHEAD_SENTENCES, extract_aid
from transforms.extract.candidates import candidate_sentences, may_hold_fact
from transforms.extract.interceptions import CONTINUATION_SENTENCES, SPEAKER_SENTENCES, extract_interceptions
from transforms.extract.interceptions.places import focus_region
from transforms.extract.meetings import extract_meetings
from transforms.extract.mentions import Mention
from transforms.languages import SUPPORTED_LANGUAGES
from transforms.nlp import SENTENCE_END, punctuation_sentences

CHUNK_ARTICLES = 100
# Tokens of context on each side of a parsed sentence: past the reach of the model's token encoder (window 1,
# depth 4) and of the parser's look at the next tokens, so the sentence is parsed as in its full article.
CONTEXT_TOKENS = 6
# The model's memory grows with the tokens it reads at once, by about 16 KiB a token (mostly the token encoder's
# layers), while its time per token (100 to 200 µs) does not grow in smaller groups: windows are merged, and
# batched, up to this many tokens. A window of a candidate sentence and the two an aid rule reads after it,
# each at most MAX_SENTENCE_TOKENS long, fits.
PARSE_TOKENS = 1_024
# Texts are tokenized in pieces of at most this many characters (spaCy takes no text over its max_length,
# 1,000,000), each cut where a piece can end best: after a line break, else a sentence's end, else a space.
# The whole-article path parses a piece at once: about 20,000 tokens.
MAX_PIECE_CHARS = 100_000
# Each ends where a word starts, so that no piece starts with blanks (they would make a sentence of their own).
PIECE_ENDS = tuple(
    re.compile(before + r"(?=\S)") for before in (r"\n\s*", "[" + re.escape("".join(sorted(SENTENCE_END))) + r"]\s+", r"\s+")
)
# (article id, language, text, title)
ArticleText = tuple[str, str, str, str | None]
# Reference markers ("[6]", "[1],[2]") glue sentences together for the parser ("maquettes[3].L'armée").
CITATION_MARKERS = re.compile(r"(?:\[\d+\],?)+(?:([.;:])(?=\w))?")


def _blank(match: re.Match) -> str:
    glued_stop = match.group(1)
    if glued_stop:
        # "[3].L'armée" → "  . L'armée": the stop moves left so that a space sets the next sentence apart.
        return " " * (len(match.group()) - 2) + glued_stop + " "
    return " " * len(match.group())


def blank_citations(text: str) -> str:
    """Replace reference markers by spaces, keeping every word at its character offset."""
    return CITATION_MARKERS.sub(_blank, text)


# French typography groups digits and sets units off with no-break and thin spaces ("1 200 drones", "500 M$");
# the tokenizer makes each a token of its own, which cut "1 200" to 200 and hid "500 millions d'euros". A
# no-break hyphen glues "au‑dessus" into one word the tagger reads as a noun.
NO_BREAK_CHARACTERS = str.maketrans({**dict.fromkeys("\u00a0\u2007\u2009\u202f", " "), "\u2011": "-"})


def reading_text(text: str) -> str:
    """The text the extractors read: citation markers blanked, no-break spaces and hyphens plain, every word at its
    offset."""
    return blank_citations(text).translate(NO_BREAK_CHARACTERS)


SPEAKER_KINDS = {"person", "ministry", "parliament"}


def title_speakers(nlp: Language, title: str | None) -> list[str]:
    """Who speaks in a statement or transcript: a person or body named in its title
    ("Déclaration de Mme Catherine Colonna …", "Sénat — réponse du Gouvernement …")."""
    if not title:
        return []
    doc = nlp.get_pipe("actors_gazetteer")(nlp.make_doc(title))
    known = reference.actors()
    ids = [span.id_ for span in doc.spans.get("actors", []) if span.label_ == "ACTOR"]
    return [actor_id for actor_id in dict.fromkeys(ids) if actor_id in known and known[actor_id].kind in SPEAKER_KINDS]


def _with_speakers(mentions: list[Mention], speakers: list[str]) -> list[Mention]:
    return [replace(m, payload={**m.payload, "speaker_ids": speakers}) for m in mentions]


def article_focus(nlp: Language, title: str | None, first_piece: Doc) -> str | None:
    """The article's own region, from its title and first sentence (`focus_region`): only the gazetteer reads them,
    so that both extraction paths find it without parsing."""
    # A text may open on blank lines, which the parser makes a sentence of their own.
    lead = next((text for start, end in sentence_bounds(first_piece) if (text := first_piece[start:end].text.strip())), "")
    doc = nlp.get_pipe("regions_gazetteer")(nlp.make_doc("\n".join(filter(None, (title, lead)))))
    return focus_region(doc[:])


def extract_document(
    doc: Doc, article_id: str, lang: str, speakers: list[str], indexes: Iterable[int] | None = None, focus: str | None = None
) -> list[Mention]:
    """Every mention of a parsed document, or of its sentences at `indexes` only; `focus` is the article's region."""
    sentences = list(doc.sents)
    mentions: list[Mention] = []
    for index in range(len(sentences)) if indexes is None else indexes:
        sent = sentences[index]
        preceding = sentences[index - 1] if index > 0 else None
        mentions += extract_interceptions(article_id, sent, index, lang, sentences[index + 1 : index + 1 + CONTINUATION_SENTENCES], preceding, focus)
        mentions += extract_aid(article_id, sent, index, sentences[index + 1 : index + 1 + ITEM_LOOKAHEAD_SENTENCES])
        mentions += extract_meetings(article_id, sent, index)
    return _with_speakers(mentions, speakers) if speakers else mentions


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    starts = numpy.flatnonzero(doc.to_array(SENT_START).view("int64") == 1).tolist() if len(doc) else []
    return list(zip(starts, [*starts[1:], len(doc)]))


def _last_end(pattern: re.Pattern, text: str, start: int, end: int) -> int | None:
    ends = [match.end() for match in pattern.finditer(text, start, end)]
    return ends[-1] if ends else None


def _piece_end(text: str, start: int) -> int:
    """Where the piece that starts at `start` ends: after the last break of the best kind in the second half of
    its room, so that every piece but the last holds at least half of MAX_PIECE_CHARS."""
    end = start + MAX_PIECE_CHARS
    if end >= len(text):
        return len(text)
    for breaks in PIECE_ENDS:
        found = _last_end(breaks, text, start + MAX_PIECE_CHARS // 2, end)
        if found is not None:
            return found
    return end


def text_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the consecutive pieces of a text, each at most MAX_PIECE_CHARS long."""
    pieces = []
    start = 0
    while start < len(text):
        end = _piece_end(text, start)
        pieces.append((start, end))
        start = end
    return pieces


@dataclass(frozen=True)
class Piece:
    doc: Doc  # tokenized and split into sentences, not parsed
    first_char: int  # where it starts in its article
    first_sentence: int  # how many sentences of its article come before it


def article_pieces(nlp: Language, text: str) -> Iterator[Piece]:
    """A reading text in pieces, each tokenized and split into sentences as the pipeline's first component does."""
    sentences_before = 0
    for start, end in text_pieces(text):
        doc = punctuation_sentences(nlp.make_doc(text[start:end]))
        yield Piece(doc, start, sentences_before)
        sentences_before += len(sentence_bounds(doc))


Context = TypeVar("Context")


def _token_batches(items: Iterable[tuple[Doc, Context]]) -> Iterator[list[tuple[Doc, Context]]]:
    """Consecutive items up to PARSE_TOKENS tokens in all; a longer document alone."""
    batch: list[tuple[Doc, Context]] = []
    tokens = 0
    for item in items:
        if batch and tokens + len(item[0]) > PARSE_TOKENS:
            yield batch
            batch, tokens = [], 0
        batch.append(item)
        tokens += len(item[0])
    if batch:
        yield batch


def parsed(nlp: Language, items: Iterable[tuple[Doc, Context]]) -> Iterator[tuple[Doc, Context]]:
    """Documents already split into sentences through the rest of the pipeline, PARSE_TOKENS tokens at a time."""
    for batch in _token_batches(items):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch), disable=["punctuation_sentences"])


def _whole_pieces(nlp: Language, articles: Iterable[ArticleText]) -> Iterator[tuple[Doc, tuple[str, list[str], str | None, Piece]]]:
    for article_id, _, text, title in articles:
        speakers, focus = title_speakers(nlp, title), None
        for piece in article_pieces(nlp, reading_text(text)):
            if piece.first_char == 0:
                focus = article_focus(nlp, title, piece.doc)
            yield piece.doc, (article_id, speakers, focus, piece)


def extract_whole_articles(nlp: Language, lang: str, articles: Iterable[ArticleText]) -> Iterator[Mention]:
    """The reference the fast path must match: every whole article through `nlp`, then the rules. A long
    article goes through in pieces, as in the fast path."""
    for doc, (article_id, speakers, focus, piece) in parsed(nlp, _whole_pieces(nlp, articles)):
        for found in extract_document(doc, article_id, lang, speakers, focus=focus):
            yield found.shifted(piece.first_char, piece.first_sentence)


@dataclass
class Window:
    """Tokens [start, end) of a document to parse, and the candidate sentences (indexes in the document) read in it."""

    start: int
    end: int
    sentences: list[int]


# The sentences a family's rules read after a candidate: an aid package's items, an interception claim's parts;
# and before it: the speaker an interception claim refers to ("Selon lui", "a-t-il précisé").
READ_AFTER = {"aid": ITEM_LOOKAHEAD_SENTENCES, "interception": CONTINUATION_SENTENCES}
READ_BEFORE = {"interception": SPEAKER_SENTENCES}


def _reach(sentence_count: int, candidates: dict[str, list[int]]) -> dict[int, tuple[int, int]]:
    """Per candidate sentence, the first and last sentences its rules read: itself, and the sentences before it of
    READ_BEFORE and after it of READ_AFTER."""
    reach: dict[int, tuple[int, int]] = {}
    for family, indexes in candidates.items():
        read_before, read_after = READ_BEFORE.get(family, 0), READ_AFTER.get(family, 0)
        for index in indexes:
            first, last = reach.get(index, (index, index))
            reach[index] = min(first, max(0, index - read_before)), max(last, min(index + read_after, sentence_count - 1))
    return reach


def parse_windows(bounds: list[tuple[int, int]], length: int, candidates: dict[str, list[int]]) -> list[Window]:
    """What to parse in a document of `length` tokens whose sentences span `bounds` (start, end): each candidate
    sentence and the sentences its rules read before and after it (READ_BEFORE, READ_AFTER), with CONTEXT_TOKENS more on each side (bits of the
    neighbouring sentences). Overlapping windows are merged up to PARSE_TOKENS tokens; past that, the next one
    overlaps it, and each candidate sentence is read in one window only."""
    windows: list[Window] = []
    for index, (first, last) in sorted(_reach(len(bounds), candidates).items()):
        start, end = max(0, bounds[first][0] - CONTEXT_TOKENS), min(length, bounds[last][1] + CONTEXT_TOKENS)
        current = windows[-1] if windows else None
        if current is not None and start <= current.end and max(end, current.end) - current.start <= PARSE_TOKENS:
            current.end = max(end, current.end)
            current.sentences.append(index)
        else:
            windows.append(Window(start, end, [index]))
    return windows


# What a document holds before parsing, besides its words and spaces: the norms its tokenizer's exceptions set,
# and the sentence starts.
TOKENIZER_ATTRIBUTES = (NORM, SENT_START)


@dataclass(frozen=True)
class WindowPlace:
    article: int  # position of the article in its chunk
    first_char: int  # where the window starts in its article
    first_sentence: int  # index in its article of the sentence the window starts in
    candidates: list[int]  # the window's candidate sentences, by index in the window
    focus: str | None  # the article's region (`article_focus`)


def _windows(nlp: Language, position: int, text: str, title: str | None) -> Iterator[tuple[Doc, WindowPlace]]:
    """The windows to parse in one article's reading text, each with where it lies in the article."""
    focus = None
    for piece in article_pieces(nlp, text):
        bounds = sentence_bounds(piece.doc)
        if piece.first_char == 0:
            focus = article_focus(nlp, title, piece.doc)
        starts = [start for start, _ in bounds]
        candidates = candidate_sentences(piece.doc.text, [piece.doc[start].idx for start in starts])
        # Taken once per piece: Span.as_doc would otherwise take the whole piece's for each window.
        attributes = piece.doc.to_array(TOKENIZER_ATTRIBUTES)
        for window in parse_windows(bounds, len(piece.doc), candidates):
            span = piece.doc[window.start : window.end]
            doc = span.as_doc(array_head=TOKENIZER_ATTRIBUTES, array=attributes)
            doc[0].is_sent_start = True  # as the pipeline marks a document's first token, even inside a sentence
            first = bisect.bisect_right(starts, window.start) - 1
            candidates_in_window = [index - first for index in window.sentences]
            yield doc, WindowPlace(position, piece.first_char + span.start_char, piece.first_sentence + first, candidates_in_window, focus)


def _extract_candidates(nlp: Language, lang: str, articles: list[ArticleText]) -> list[list[Mention]]:
    """Mentions of each article, parsing only the windows around its candidate sentences."""
    windows = (window for position, (_, _, text, title) in enumerate(articles) for window in _windows(nlp, position, reading_text(text), title))
    found: list[list[Mention]] = [[] for _ in articles]
    for window, place in parsed(nlp, windows):
        mentions = extract_document(window, articles[place.article][0], lang, [], place.candidates, place.focus)
        found[place.article] += [m.shifted(place.first_char, place.first_sentence) for m in mentions]
    for position, mentions in enumerate(found):
        speakers = title_speakers(nlp, articles[position][3]) if mentions else []
        found[position] = _with_speakers(mentions, speakers) if speakers else mentions
    return found


def _extract_chunk(pipeline_for: Callable[[str], Language], lang: str, articles: list[ArticleText]) -> list[list[Mention]]:
    return _extract_candidates(pipeline_for(lang), lang, articles)


def _chunks(articles: list[ArticleText]) -> Iterator[list[ArticleText]]:
    for start in range(0, len(articles), CHUNK_ARTICLES):
        yield articles[start : start + CHUNK_ARTICLES]


def _in_order(results: Iterable[Future], window: int) -> Iterator[list[list[Mention]]]:
    """Results of submitted chunks in submission order, with at most `window` chunks in flight."""
    pending: deque[Future] = deque()
    for future in results:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_articles(
    pipeline_for: Callable[[str], Language],
    articles: Iterable[ArticleText],
    on_progress: Callable[[int], None] | None = None,
    processes: int = 1,
) -> Iterator[Mention]:
    """Mentions of (article id, language, text, title), one language at a time; other languages yield nothing.

    Only articles and sentences the pre-filter keeps are parsed. With several processes, chunks of articles
    go to forked workers that share the loaded model, a few chunks at a time so that memory stays flat.
    Workers use no Polars: a forked child inherits its thread pool without the threads."""
    by_lang: dict[str, list[ArticleText]] = {}
    for article in articles:
        if article[1] in SUPPORTED_LANGUAGES:
            by_lang.setdefault(article[1], []).append(article)
    done = 0
    for lang, group in by_lang.items():
        # The same text the windows are cut from, so that the two filters read the same words.
        keep = may_hold_fact(pl.Series([reading_text(text) for _, _, text, _ in group], dtype=pl.String)).to_list()
        candidates = [article for article, kept in zip(group, keep) if kept]
        done += len(group) - len(candidates)
        nlp = pipeline_for(lang)
        chunks = _chunks(candidates)
        if processes > 1 and len(candidates) > CHUNK_ARTICLES:
            # Frozen objects are left alone by the workers' garbage collector, so their pages stay shared.
            gc.freeze()
            pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("fork"))
            results = _in_order((pool.submit(_extract_chunk, pipeline_for, lang, chunk) for chunk in chunks), 2 * processes)
        else:
            pool = None
            results = (_extract_candidates(nlp, lang, chunk) for chunk in chunks)
        try:
            for chunk_mentions in results:
                for mentions in chunk_mentions:
                    yield from mentions
                done += len(chunk_mentions)
                if on_progress is not None:
                    on_progress(done)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
                gc.unfreeze()
    if on_progress is not None:
        on_progress(done)
