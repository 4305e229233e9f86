"""Amounts of money as written ("988 millions de dollars", "1,5 milliard d'euros", "$2.5 billion")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from transforms import reference
from transforms.normalise.numbers import parse_number

NUMBER = re.compile(r"\d[\d\s\u00a0\u202f.,]*")


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str


def _currency_of(text: str) -> str | None:
    lowered = text.lower()
    aliases = sorted(reference.currency_aliases().items(), key=lambda item: -len(item[0]))
    for alias, code in aliases:
        # Words need word boundaries ("euros" is not in "eurostat"); symbols ("$", "€") do not.
        pattern = rf"(?<!\w){re.escape(alias)}(?!\w)" if alias[0].isalpha() else re.escape(alias)
        if re.search(pattern, lowered):
            return code
    return None


def _scale_of(words: list[str], lang: str) -> int:
    scales = reference.number_scales()
    for word in words:
        for candidate in (word, word.lower()):
            if (candidate, lang) in scales:
                return scales[(candidate, lang)]
    return 1


def _number_of(text: str, lang: str) -> tuple[float | None, int]:
    """The number of an amount and where it ends: digits ("1,5"), or words before the scale ("un milliard")."""
    match = NUMBER.search(text)
    if match is not None:
        return parse_number(match.group().rstrip(" .,"), lang), match.end()
    words = re.findall(r"[\wÀ-ÿ'’-]+", text)
    scales = {word.lower() for word, _ in reference.number_scales()}
    number_words = []
    for word in words:
        if word.lower() in scales:
            break
        number_words.append(word.split("'")[-1].split("’")[-1])
    spelled = " ".join(number_words)
    return parse_number(spelled, lang), text.find(spelled) + len(spelled) if spelled else 0


def parse_money(text: str, lang: str = "fr") -> Money | None:
    currency = _currency_of(text)
    value, number_end = _number_of(text, lang)
    # "0 euros" or "zéro euro" is no package: an amount is positive.
    if value is None or value <= 0 or currency is None:
        return None
    words = re.findall(r"[A-Za-zÀ-ÿ]+", text[number_end:])
    return Money(value * _scale_of(words, lang), currency)


@cache
def _converter():
    from currency_converter import CurrencyConverter

    # ECB reference rates ship with the package; weekends and holidays take the nearest rate.
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def convert(amount: float, currency: str, target: str, on_day: date) -> float | None:
    if currency == target:
        return amount
    try:
        return _converter().convert(amount, currency, target, date=on_day)
    except ValueError:
        return None
