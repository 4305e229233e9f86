"""Diplomatic meeting mentions in one sentence: a meeting word, the people named, the place."""

from __future__ import annotations

from spacy.tokens import Span

from transforms.extract.mentions import Mention, mention, spans_in

# A sentence without one can hold no meeting; the candidate pre-filter reads this too.
REQUIRED_LABELS = ("MEETING",)


def _is_anaphoric(sent: Span, trigger: Span) -> bool:
    """"cette réunion", "ce sommet": the sentence refers back to a meeting already named."""
    previous = trigger.start - 1
    while previous >= sent.start and sent.doc[previous].pos_ == "ADJ":
        previous -= 1
    return any(span.end == previous + 1 for span in spans_in(sent, "lexicon", "DEMONSTRATIVE"))


def _is_planned(sent: Span) -> bool:
    if spans_in(sent, "lexicon", "PLANNED"):
        return True
    return any("Fut" in token.morph.get("Tense") for token in sent if token.pos_ in {"VERB", "AUX"})


def _participant_spans(sent: Span, label: str) -> list[Span]:
    """Actors of the sentence, less the one quoted as its source ("… selon Josep Borrell")."""
    sources = spans_in(sent, "lexicon", "SOURCE")
    return [span for span in spans_in(sent, "actors", label) if not any(source.end == span.start for source in sources)]


def extract_meetings(article_id: str, sent: Span, sentence_index: int) -> list[Mention]:
    triggers = spans_in(sent, "lexicon", REQUIRED_LABELS[0])
    if not triggers:
        return []
    trigger = triggers[0]
    payload = {
        "actor_ids": [span.id_ for span in _participant_spans(sent, "ACTOR")],
        "titles": [span.id_ for span in _participant_spans(sent, "TITLE")],
        "place_ids": [span.id_ for span in spans_in(sent, "places")],
        "formats": list(dict.fromkeys(span.id_ for span in spans_in(sent, "lexicon", "MEETING_FORMAT"))),
        "anaphoric": _is_anaphoric(sent, trigger),
        "planned": _is_planned(sent),
        "date_texts": [span.text for span in spans_in(sent, "lexicon", "DATE")],
        "first_person": bool(spans_in(sent, "lexicon", "FIRST_PERSON")),
    }
    return [mention(article_id, "meeting", "meeting.trigger_word", sent, sentence_index, trigger.start_char, trigger.end_char, payload)]
