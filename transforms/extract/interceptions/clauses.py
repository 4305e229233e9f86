"""The clauses of a sentence, as a count's claim reads them: where each starts, and which verbs are a count's own."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from transforms.extract.interceptions.anchors import PLACE_PREPOSITIONS, Anchor, labelled
from transforms.extract.mentions import spans_in

CLAUSE_OPENERS = {";", "«", "“"}
# The first word of a quote that goes on with the clause before it: a preposition, a verb.
QUOTE_GOES_ON = {"ADP", "AUX", "VERB"}
# The pronoun that opens a clause about the counted weapons: "alors qu'ils survolaient …".
WEAPON_PRONOUNS = {"il", "elle", "ils", "elles", "it", "they"}


def in_stretch(spans: list[Span], start: int, end: int) -> list[Span]:
    return [span for span in spans if start <= span.start < end]


def clause_starts(sent: Span) -> list[int]:
    """Where each clause of the sentence starts: after a ";" ("en région de Belgorod, 56 ; en région de Riazan,
    14") or an opening quote (the quoted words are someone's own: "Kiev, « 21 drones abattus »"), at "tandis
    que", "alors que", "mais", "while", and at a source given after a comma."""
    # "20 drones détruits alors qu'ils survolaient la région de Moscou", "un drone … alors qu'il survolait …": a
    # clause about the counted weapons, its pronoun their subject, goes on with their phrase.
    markers = [marker for marker in labelled(sent, "CLAUSE") if marker.end >= sent.end or sent.doc[marker.end].lower_ not in WEAPON_PRONOUNS]
    starts = {sent.start} | {token.i + 1 for token in sent if _opens_a_clause(sent, token)} | {marker.start for marker in markers}
    # "…, selon la Russie, une attaque qui avait perturbé Vnoukovo, l'un des aéroports de Moscou": what follows the
    # source is about something else.
    starts |= {source.start for source in labelled(sent, "SOURCE") if source.start > sent.start and sent.doc[source.start - 1].text == ","}
    return sorted(starts | set(participle_clause_starts(sent)))


def says_in_a_participle(speaker: Span) -> bool:
    """"…, Moscou annonçant de son côté …", "…, la Russie affirmant …": the name is the subject of a present participle
    of saying, whether the parse makes it so or hangs the participle on the name; not the subject of the sentence's
    verb of saying, whose participle goes on with what it says ("a déclaré jeudi l'armée de l'air, précisant …")."""
    saying = {token.i for found in labelled(speaker.sent, "REPORTING") for token in found}
    root = speaker.root
    if root.head.i in saying and not _present_participle(root.head):
        return False
    participles = [root.head] if root.dep_ == "nsubj" else [child for child in root.children if child.dep_ == "acl"]
    return any(verb.i in saying and _present_participle(verb) for verb in participles)


def _present_participle(token: Token) -> bool:
    return token.morph.get("Tense") == ["Pres"] and token.morph.get("VerbForm") == ["Part"]


def participle_clause_starts(sent: Span) -> list[int]:
    """Where a speaker with a participle of saying opens a clause of its own ("…, la Russie affirmant avoir …")."""
    return [span.start for span in spans_in(sent, "actors") if span.start > sent.start and says_in_a_participle(span)]


def _opens_a_clause(sent: Span, token: Token) -> bool:
    """";" and an opening quote; not a quote that opens on a preposition ("interceptés « près de la centrale de
    Koursk »") or on a verb ("le drone « a été détruit au-dessus de … »"): the quoted words go on with the clause
    they are in."""
    if token.text not in CLAUSE_OPENERS:
        return False
    following = token.i + 1
    # "Onze drones « ennemis ont été détruits … »": a quote opening on a noun's adjective goes on with its phrase.
    mid_phrase = token.i > sent.start and sent.doc[token.i - 1].pos_ in ("NOUN", "PROPN") and following < sent.end and sent.doc[following].pos_ in ("ADJ", "NOUN")
    return token.text == ";" or following >= sent.end or not (
        sent.doc[following].pos_ in QUOTE_GOES_ON or sent.doc[following].lower_ in PLACE_PREPOSITIONS or mid_phrase
    )


def clause(starts: list[int], position: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, position) - 1
    return starts[index], starts[index + 1] - 1 if index + 1 < len(starts) else 10**9


def own_verbs(sent: Span, starts: list[int], anchor: Anchor) -> list[Token]:
    """The verbs and auxiliaries of the count's stretch up to a relative clause, whose verb says something of the
    count, not what befell it ("deux qui se dirigeaient vers Moscou"), nor up to a reporting clause set off by a
    comma (", a indiqué le général Syrsky"), nor into the next clause ("…, tandis que la Russie dit avoir …"); not a
    word alone in brackets ("près d'Avdiïvka (est)": a direction)."""
    verbs = []
    doc = sent.doc
    reporting = {span.root.i for span in labelled(sent, "REPORTING")}
    _, clause_end = clause(starts, anchor.span.start)
    for token in doc[anchor.span.end : min(anchor.stretch_end, clause_end + 1)]:
        if "Rel" in token.morph.get("PronType") or _opens_a_reporting_clause(token, reporting):
            break
        bracketed_alone = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
        if token.pos_ in ("VERB", "AUX") and not bracketed_alone:
            verbs.append(token)
    return verbs


def _opens_a_reporting_clause(token: Token, reporting: set[int]) -> bool:
    """", a indiqué sur Telegram le général …": an auxiliary right after a comma, of a verb of saying."""
    return token.pos_ == "AUX" and token.i > 0 and token.doc[token.i - 1].text == "," and token.head.i in reporting


def mark_opened_clauses(sent: Span, starts: list[int], anchors: list[Anchor], triggers: list[Span]) -> None:
    """"abattu huit missiles, mais semble avoir manqué deux missiles": a count in a clause opened by "mais",
    "tandis que", "alors que" with no interception word of its own is neither a claim nor a part of one; with one
    and a speaker of its own, the clause states a claim of its own ("…, tandis que la Russie dit avoir détruit 12
    drones"), not more of the claim before ("…, tandis qu'un drone a été abattu dans la région d'Orel")."""
    opened = {marker.start for marker in labelled(sent, "CLAUSE")} | set(participle_clause_starts(sent))
    speakers = spans_in(sent, "countries") + spans_in(sent, "actors")
    for anchor in anchors:
        start, end = clause(starts, anchor.span.start)
        triggered = bool(in_stretch(triggers, start, end + 1))
        anchor.in_untriggered_clause = start in opened and not triggered
        own_speaker = bool(in_stretch(speakers, start, anchor.span.start))
        anchor.contrasting_clause = start if start in opened and triggered and own_speaker else None
