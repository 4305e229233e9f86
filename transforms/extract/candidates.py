"""Which articles and sentences can hold a fact, decided from their written words before any parsing.

Every extractor needs some lexicon labels in a sentence (`REQUIRED_LABELS`). Each label's token patterns
become one regular expression over the raw text that matches wherever the pattern could match, and more
(a lemma by the beginnings of its forms, a multi-word pattern by its fixed words in a row). So an article or a
sentence the pre-filter drops can yield no mention, and only the candidates need the parser.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import polars as pl

from transforms import reference
from transforms.extract import aid, interceptions, meetings
from transforms.nlp import lexicon_patterns

FAMILY_LABELS = {
    "interception": interceptions.REQUIRED_LABELS,
    "aid": aid.REQUIRED_LABELS,
    "meeting": meetings.REQUIRED_LABELS,
}
# Labels a family's rules also find in the sentences before a candidate, by how many.
LABELS_BEFORE = {"interception": {"WEAPON": interceptions.WEAPON_SENTENCES_BEFORE}}
# Where a word must end (no letter next); each engine writes it its own way.
WORD_END = "\x00"
# Between two tokens of a pattern: nothing or marks, never a letter or digit.
BETWEEN_TOKENS = r"[\W_]*"


@dataclass(frozen=True)
class Alternative:
    body: str  # a regular expression both Python's re and Polars' (Rust) engine read, with WORD_END marks
    starts_word: bool


INFINITIVE_ENDING = re.compile(r"(?:er|ir|re|oir)$")


def lemma_stems(lemma: str) -> list[str]:
    """How the forms of a lemma begin: listed in rules/lemma_forms.csv for irregular verbs, else the infinitive
    less its ending and one letter ("abattre" → "abat", for "il abat" and "abattu")."""
    if lemma in reference.lemma_stems():
        return reference.lemma_stems()[lemma]
    stem = INFINITIVE_ENDING.sub("", lemma)
    return [stem[:-1] if stem != lemma and len(stem) > 3 else lemma]


def _words(values: str | list[str], whole_word: bool) -> list[Alternative]:
    """Only a letter at a word's edge needs the edge test: spaCy splits a sign from the letters it touches ("Mds€")."""
    words = [values] if isinstance(values, str) else values
    return [
        Alternative(re.escape(word) + ((WORD_END if word[-1:].isalpha() else "") if whole_word else r"\w*"), starts_word=word[:1].isalpha())
        for word in words
    ]


def _token_alternatives(token: dict, label: str) -> list[Alternative]:
    """Alternatives matching, in raw text, every word this token pattern matches."""
    for attribute in ("LOWER", "ORTH", "TEXT"):
        if attribute in token:
            value = token[attribute]
            if isinstance(value, dict) and "REGEX" in value:
                pattern = value["REGEX"]
                body = f"(?:{pattern.removeprefix('^').removesuffix('$')})" + (WORD_END if pattern.endswith("$") else r"\w*")
                return [Alternative(body, starts_word=pattern.startswith("^"))]
            return _words(value["IN"] if isinstance(value, dict) else value, whole_word=True)
    if "LEMMA" in token:
        lemmas = token["LEMMA"]["IN"] if isinstance(token["LEMMA"], dict) else [token["LEMMA"]]
        return _words([stem for lemma in lemmas for stem in lemma_stems(lemma)], whole_word=False)
    raise ValueError(f"rules/lexicon.jsonl: a {label} pattern has a token the pre-filter cannot read: {token}")


def _pattern_alternatives(pattern: list[dict] | str, label: str) -> list[Alternative]:
    """The tokens of a pattern in a row, up to the first optional or repeated one."""
    tokens = [{"ORTH": pattern}] if isinstance(pattern, str) else pattern
    fixed = []
    for token in tokens:
        if "OP" in token:
            break
        fixed.append(_token_alternatives(token, label))
    if not fixed:
        raise ValueError(f"rules/lexicon.jsonl: a {label} pattern starts with an optional token: {tokens[0]}")
    if len(fixed) == 1:
        return fixed[0]
    body = BETWEEN_TOKENS.join("(?:" + "|".join(a.body for a in alternatives) + ")" for alternatives in fixed)
    return [Alternative(body, starts_word=all(a.starts_word for a in fixed[0]))]


@cache
def label_alternatives() -> dict[str, list[Alternative]]:
    labels = {label for required in FAMILY_LABELS.values() for label in required}
    found: dict[str, list[Alternative]] = {label: [] for label in labels}
    for pattern in lexicon_patterns():
        label = pattern["label"]
        if label in labels and label != "MONEY":
            found[label] += _pattern_alternatives(pattern["pattern"], label)
    # A sum needs a currency word or sign; the number next to it is not looked for.
    found["MONEY"] = _words(sorted(reference.currency_aliases()), whole_word=True)
    return {label: sorted(set(alternatives), key=lambda a: a.body) for label, alternatives in found.items()}


# Word edges are letters, not digits: spaCy splits "10km", but never two letters with no mark between them.
# (not after a letter, not before a letter) in each engine's words; Polars' has no lookaround, so its tests
# consume a character: it answers presence only.
PYTHON_EDGES = (r"(?<![^\W\d_])", r"(?![^\W\d_])")
POLARS_EDGES = (r"(?:^|[^\p{L}])", r"(?:[^\p{L}]|$)")


def _regex(alternatives: list[Alternative], edges: tuple[str, str]) -> str:
    """The word-start test is written once, outside the alternation, for speed."""
    not_after_letter, not_before_letter = edges
    word_starts = [a.body.replace(WORD_END, not_before_letter) for a in alternatives if a.starts_word]
    anywhere = [a.body.replace(WORD_END, not_before_letter) for a in alternatives if not a.starts_word]
    groups = [f"{not_after_letter}(?:{'|'.join(word_starts)})"] if word_starts else []
    return "|".join(groups + anywhere)


@cache
def article_regexes() -> dict[str, str]:
    return {label: "(?i)" + _regex(alternatives, POLARS_EDGES) for label, alternatives in label_alternatives().items()}


@cache
def sentence_regexes() -> dict[str, re.Pattern]:
    return {label: re.compile(_regex(alternatives, PYTHON_EDGES), re.IGNORECASE) for label, alternatives in label_alternatives().items()}


def may_hold_fact(texts: pl.Series) -> pl.Series:
    """Per article text, whether some family finds all its labels somewhere in it: most articles stop here.
    Polars runs the patterns over the whole batch at once."""
    has = {label: pl.col("text").str.contains(regex) for label, regex in article_regexes().items()}
    families = [pl.all_horizontal([has[label] for label in required]) for required in FAMILY_LABELS.values()]
    frame = pl.DataFrame({"text": texts}, schema={"text": pl.String})
    return frame.select(pl.any_horizontal(families).alias("may_hold_fact")).to_series()


def candidate_sentences(text: str, sentence_starts: Sequence[int]) -> dict[str, list[int]]:
    """Per family, the indexes of the sentences (given by their first characters, in order) holding all its
    labels, or some in the sentences before them (LABELS_BEFORE). Python's engine, so that it runs in forked
    workers, where Polars' thread pool would hang."""
    regexes = sentence_regexes()
    ends = [*sentence_starts[1:], len(text)]

    def holds(label: str, index: int, before: int) -> bool:
        return regexes[label].search(text, sentence_starts[max(0, index - before)], ends[index]) is not None

    found = {}
    for family, (first, *others) in FAMILY_LABELS.items():
        indexes = sorted({bisect.bisect_right(sentence_starts, match.start()) - 1 for match in regexes[first].finditer(text)})
        before = LABELS_BEFORE.get(family, {})
        found[family] = [i for i in indexes if all(holds(label, i, before.get(label, 0)) for label in others)]
    return found
