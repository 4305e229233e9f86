"""Run the extractors over parsed documents."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from transforms import reference
from transforms.extract.aid import extract_aid
from transforms.extract.interceptions import extract_interceptions
from transforms.extract.meetings import extract_meetings
from transforms.extract.mentions import Mention

SUPPORTED_LANGUAGES = ("fr", "en")
PIPE_BATCH_SIZE = 32
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
    sentences = list(doc.sents)
    mentions: list[Mention] = []
    for index, sent in enumerate(sentences):
        mentions += extract_interceptions(article_id, sent, index, lang)
        mentions += extract_aid(article_id, sent, index, sentences[index + 1 :])
        mentions += extract_meetings(article_id, sent, index)
    return _with_speakers(mentions, speakers) if speakers else mentions


def extract_articles(
    pipeline_for: Callable[[str], Language],
    articles: Iterable[ArticleText],
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[Mention]:
    """Mentions of (article id, language, text, title), one language at a time; other languages yield nothing."""
    by_lang: dict[str, list[ArticleText]] = {}
    for article in articles:
        if article[1] in SUPPORTED_LANGUAGES:
            by_lang.setdefault(article[1], []).append(article)
    done = 0
    for lang, group in by_lang.items():
        nlp = pipeline_for(lang)
        stream = nlp.pipe(
            ((blank_citations(text), (article_id, title)) for article_id, _, text, title in group),
            as_tuples=True,
            batch_size=PIPE_BATCH_SIZE,
        )
        for doc, (article_id, title) in stream:
            yield from extract_document(doc, article_id, lang, title_speakers(nlp, title))
            done += 1
            if on_progress is not None:
                on_progress(done)
