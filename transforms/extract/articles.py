"""Run the extractors over parsed documents."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from transforms.extract.aid import extract_aid
from transforms.extract.interceptions import extract_interceptions
from transforms.extract.meetings import extract_meetings
from transforms.extract.mentions import Mention

SUPPORTED_LANGUAGES = {"fr"}
PIPE_BATCH_SIZE = 32
# Reference markers ("[6]", "[1],[2]") glue sentences together for the parser.
CITATION_MARKERS = re.compile(r"(?:\[\d+\],?)+")


def blank_citations(text: str) -> str:
    """Replace reference markers by spaces of the same length, so that character offsets still hold."""
    return CITATION_MARKERS.sub(lambda match: " " * len(match.group()), text)


def extract_document(doc: Doc, article_id: str, lang: str) -> list[Mention]:
    sentences = list(doc.sents)
    mentions: list[Mention] = []
    for index, sent in enumerate(sentences):
        mentions += extract_interceptions(article_id, sent, index, lang)
        mentions += extract_aid(article_id, sent, index, sentences[index + 1 :])
        mentions += extract_meetings(article_id, sent, index)
    return mentions


def extract_articles(
    nlp: Language,
    articles: Iterable[tuple[str, str, str]],
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[Mention]:
    """Mentions of (article id, language, text) triples; languages without rules yield nothing."""
    supported = ((article_id, lang, text) for article_id, lang, text in articles if lang in SUPPORTED_LANGUAGES)
    stream = nlp.pipe(((blank_citations(text), (article_id, lang)) for article_id, lang, text in supported), as_tuples=True, batch_size=PIPE_BATCH_SIZE)
    for done, (doc, (article_id, lang)) in enumerate(stream, start=1):
        yield from extract_document(doc, article_id, lang)
        if on_progress is not None:
            on_progress(done)
