"""Run the extractors over parsed documents."""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace

import numpy
import polars as pl
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from transforms import reference
from transforms.extract.aid import ITEM_LOOKAHEAD_SENTENCES, extract_aid
from transforms.extract.candidates import candidate_sentences, may_hold_fact
from transforms.extract.interceptions import extract_interceptions
from transforms.extract.meetings import extract_meetings
from transforms.extract.mentions import Mention
from transforms.languages import SUPPORTED_LANGUAGES
from transforms.nlp import punctuation_sentences

PIPE_BATCH_SIZE = 256
CHUNK_ARTICLES = 100
# Tokens of context on each side of a parsed sentence: past the reach of the model's token encoder (window 1,
# depth 4) and of the parser's look at the next tokens, so the sentence is parsed as in its full article.
CONTEXT_TOKENS = 6
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
# the tokenizer makes each a token of its own, which cut "1 200" to 200 and hid "500 millions d'euros".
NO_BREAK_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u202f", " "))


def reading_text(text: str) -> str:
    """The text the extractors read: citation markers blanked, no-break spaces plain, every word at its offset."""
    return blank_citations(text).translate(NO_BREAK_SPACES)


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


def extract_document(doc: Doc, article_id: str, lang: str, speakers: list[str]) -> list[Mention]:
    """Every mention of a parsed document."""
    sentences = list(doc.sents)
    mentions: list[Mention] = []
    for index, sent in enumerate(sentences):
        mentions += extract_interceptions(article_id, sent, index, lang)
        mentions += extract_aid(article_id, sent, index, sentences[index + 1 :])
        mentions += extract_meetings(article_id, sent, index)
    return _with_speakers(mentions, speakers) if speakers else mentions


def extract_whole_articles(nlp: Language, lang: str, articles: Iterable[ArticleText]) -> Iterator[Mention]:
    """The reference the fast path must match: every whole article through `nlp`, then the rules."""
    stream = nlp.pipe(((reading_text(text), (article_id, title)) for article_id, _, text, title in articles), as_tuples=True)
    for doc, (article_id, title) in stream:
        yield from extract_document(doc, article_id, lang, title_speakers(nlp, title))


def parse_windows(bounds: list[tuple[int, int]], length: int, candidates: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Token ranges to parse in a document of `length` tokens whose sentences span `bounds` (start, end): each
    candidate sentence and the sentences an aid rule reads after it, with CONTEXT_TOKENS more on each side
    (bits of the neighbouring sentences), overlapping ranges merged."""
    ranges = []
    for family, indexes in candidates.items():
        read_after = ITEM_LOOKAHEAD_SENTENCES if family == "aid" else 0
        for index in indexes:
            last = min(index + read_after, len(bounds) - 1)
            ranges.append((max(0, bounds[index][0] - CONTEXT_TOKENS), min(length, bounds[last][1] + CONTEXT_TOKENS)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    starts = numpy.flatnonzero(doc.to_array(SENT_START).view("int64") == 1).tolist() if len(doc) else []
    return list(zip(starts, [*starts[1:], len(doc)]))


def _extract_candidates(nlp: Language, lang: str, articles: list[ArticleText]) -> list[list[Mention]]:
    """Mentions of each article, parsing only the windows around its candidate sentences. A window starts
    inside a sentence that holds no candidate, so the mentions it yields are all from whole sentences."""
    windows = []  # (article index, index of the window's first sentence in the article, first character, window)
    for position, (_, _, text, _) in enumerate(articles):
        doc = punctuation_sentences(nlp.make_doc(reading_text(text)))
        bounds = sentence_bounds(doc)
        starts = [start for start, _ in bounds]
        candidates = candidate_sentences(doc.text, [doc[start].idx for start in starts])
        for start, end in parse_windows(bounds, len(doc), candidates):
            window = doc[start:end]
            windows.append((position, bisect.bisect_right(starts, start) - 1, window.start_char, window.as_doc()))
    found: list[list[Mention]] = [[] for _ in articles]
    parsed = nlp.pipe((window for *_, window in windows), batch_size=PIPE_BATCH_SIZE)
    for (position, first_sentence, first_char, _), window in zip(windows, parsed):
        article_id = articles[position][0]
        found[position] += [m.shifted(first_char, first_sentence) for m in extract_document(window, article_id, lang, [])]
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
