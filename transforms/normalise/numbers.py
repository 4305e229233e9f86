"""Numbers written in digits or in words ("46", "1 200", "quarante-six", "1,5")."""

from __future__ import annotations

import math
import re

from text_to_num import text2num

DIGIT_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f]")


def parse_number(text: str, lang: str = "fr") -> float | None:
    """A number as written, or None when the text is not one number."""
    compact = DIGIT_GROUP_SPACES.sub("", text.strip())
    if not compact:
        return None
    if compact[0].isdigit():
        decimal_comma = "," if lang == "fr" else "."
        grouping = "." if lang == "fr" else ","
        normalised = compact.replace(grouping, "").replace(decimal_comma, ".")
        try:
            value = float(normalised)
        except ValueError:
            return None
        # "1e999" or a run of hundreds of digits overflows to infinity, which is no count or amount.
        return value if math.isfinite(value) else None
    try:
        return float(text2num(text.strip().lower(), lang))
    except ValueError:
        return None


def parse_count(text: str, lang: str = "fr") -> int | None:
    """A whole count of objects; None for anything else."""
    value = parse_number(text, lang)
    if value is None or value != int(value) or value <= 0:
        return None
    return int(value)
