"""Regions named in a list after a plural region word ("les régions de Vladimir et de Iaroslavl", "les oblasts russes
de Toula, Orel et Koursk"): a name that the gazetteer knows only with its region word ("région de Vladimir", since
Vladimir alone is a first name) is the region that alias names."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from transforms import reference

LIST_NOUNS = {"régions", "oblasts", "provinces"}
REGION_NOUNS = ("région", "oblast", "province")
OF_WORDS = {"de", "d'", "d’", "des", "du"}
LIST_SEPARATORS = {",", "et"} | OF_WORDS
# Adjectives between the plural word and its names: "les régions frontalières russes de …".
ADJECTIVES_BEFORE_NAMES = 3


@cache
def names_with_region_word() -> dict[str, str]:
    """Name → region code, for every alias written as a region word and a name ("région de Vladimir")."""
    found = {}
    for row in reference.regions():
        for alias in reference.split_aliases(row["aliases"]):
            for noun in REGION_NOUNS:
                for of in ("de ", "d'", "d’"):
                    if alias.startswith(f"{noun} {of}"):
                        found.setdefault(alias[len(noun) + 1 + len(of) :], row["region_code"])
    return found


def _list_start(doc: Doc, noun: int) -> int | None:
    """Where the names after the plural region word start: after its adjectives and "de"."""
    position = noun + 1
    while position < len(doc) and position - noun <= ADJECTIVES_BEFORE_NAMES and doc[position].is_lower and doc[position].lower_ not in OF_WORDS:
        position += 1
    return position + 1 if position < len(doc) and doc[position].lower_ in OF_WORDS else None


def listed_names(doc: Doc, taken: set[int]) -> list[Span]:
    """The names of each list of regions that only their region-word alias places."""
    names, found = names_with_region_word(), []
    for token in doc:
        if token.lower_ not in LIST_NOUNS or (position := _list_start(doc, token.i)) is None:
            continue
        while position < len(doc) and (doc[position].lower_ in LIST_SEPARATORS or doc[position].is_title or position in taken):
            word = doc[position]
            if word.is_title and position not in taken and word.text in names:
                found.append(Span(doc, position, position + 1, label="REGION", span_id=names[word.text]))
            position += 1
    return found


@Language.component("region_lists")
def region_lists(doc: Doc) -> Doc:
    """Add the names of lists of regions that no gazetteer placed to the document's regions."""
    regions = list(doc.spans.get("regions", []))
    taken = {token.i for span in regions for token in span}
    found = listed_names(doc, taken)
    if found:
        doc.spans["regions"] = sorted(regions + found, key=lambda span: span.start)
    return doc
