"""The days a sentence writes for its claims: spans of days end on their last day, as a night does."""

from __future__ import annotations

from spacy.tokens import Span

from transforms import reference
from transforms.extract.interceptions.anchors import labelled

# "entre 17 h mardi et 1 h mercredi", "de 23 h le 28 septembre à 7 h le 29": words that open a span of days and
# join its ends, which lie at most RANGE_GAP words apart.
RANGE_OPENERS = {"entre", "de", "du", "depuis"}
RANGE_JOINERS = {"et", "à", "au", "jusqu'à", "jusqu’à"}
RANGE_GAP = 6
# A dateline: the city (in a few words), a comma, the day, then the agency in brackets or a dash.
DATELINE_START = 10
DATELINE_ENDS = {"(", "-", "–", "—"}


def written_days(sent: Span) -> list[str]:
    """The days the sentence writes, in order, less the first day of a span of days ("entre 17 h mardi et 1 h
    mercredi") and a day that another written right after restates ("hier dimanche à lundi 6 mars")."""
    spans = labelled(sent, "DATE")
    outer = [span for span in spans if not any(other != span and other.start <= span.start and span.end <= other.end for other in spans)]
    dropped = [span for span, later in zip(outer, outer[1:]) if _opens_span_of_days(sent, span, later)]
    # "a indiqué dimanche que 12 drones avaient été abattus samedi soir": the day of the saying gives way to the day
    # of what is said.
    saying = {token.i for span in labelled(sent, "REPORTING") for token in span}
    said_on = [span for span in outer if span.root.head.i in saying]
    # "ROSTOV, 21 mars (Reuters) - … a dit avoir abattu jeudi 9 drones": so does the day a dispatch was filed.
    said_on += [span for span in outer if _in_dateline(sent, span)]
    if len(said_on) < len([span for span in outer if span not in dropped]):
        dropped += said_on
    return [span.text for span in spans if not any(gone.start <= span.start and span.end <= gone.end for gone in dropped)]


def _in_dateline(sent: Span, span: Span) -> bool:
    return (
        sent.start < span.start <= sent.start + DATELINE_START and sent.doc[span.start - 1].text == ","
        and span.end < sent.end and sent.doc[span.end].text in DATELINE_ENDS
    )


def _opens_span_of_days(sent: Span, span: Span, later: Span) -> bool:
    """The day is the first end of a span of days whose last end is `later`, or `later` restates it."""
    if later.text.lower() in reference.days_after():
        return False  # "de 23 h le 13 janvier à 7 h le lendemain": the later day counts from the first
    between = {token.lower_ for token in sent.doc[span.end : later.start]}
    if not between:
        return True
    opener = {token.lower_ for token in sent.doc[max(sent.start, span.start - RANGE_GAP) : span.start]}
    return later.start - span.end <= RANGE_GAP and bool(RANGE_JOINERS & between) and bool(RANGE_OPENERS & opener)
