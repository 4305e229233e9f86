"""Russian districts named by their adjective ("le district d'Istrinsky", "district urbain de Stoupinsky"): the
district of a town, placed in the town's region. The adjective is the town's name with an adjective ending
(Istra → Istrinsky, Podolsk → Podolsky, Ramenskoye → Ramensky), spelt in any of the ways of
rules/district_adjective_spellings.csv ("Istrinskii"), read back through the endings of
rules/district_adjectives.csv to a town of one region (of GeoNames, or of the hand-made gazetteers/cities.csv)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from transforms import reference

# Words between "district" and its name: "district urbain d'Istrinsky".
LINKING_WORDS = 3


def district_region(word: str) -> str | None:
    """The region of the town whose district the adjective names, if one town of one region has that name."""
    towns = reference.towns_by_name()
    spelling = next(((found, usual) for found, usual in reference.district_adjective_spellings() if word.endswith(found)), None)
    if spelling is not None:
        word = word[: -len(spelling[0])] + spelling[1]
    for adjective_ending, town_ending in reference.district_adjectives():
        if word.endswith(adjective_ending) and len(word) > len(adjective_ending) + 2:
            region = towns.get(word[: -len(adjective_ending)] + town_ending)
            if region is not None:
                return region
    return None


def _named_district(doc: Doc, start: int) -> Span | None:
    """The capitalised word naming the district within LINKING_WORDS words after its noun."""
    for token in doc[start : start + LINKING_WORDS + 1]:
        if token.is_title:
            region = district_region(token.text)
            return Span(doc, token.i, token.i + 1, label="PLACE", span_id=region) if region else None
        if token.is_punct:
            return None
    return None


@Language.component("district_adjectives")
def district_adjectives(doc: Doc) -> Doc:
    """Add each district named by its adjective to the document's regions, unless a gazetteer already placed it."""
    words = reference.district_words()
    found = [span for token in doc if token.lower_ in words and (span := _named_district(doc, token.i + 1)) is not None]
    if found:
        regions = list(doc.spans.get("regions", []))
        taken = {token.i for span in regions for token in span}
        doc.spans["regions"] = sorted(regions + [span for span in found if span.start not in taken], key=lambda span: span.start)
    return doc
