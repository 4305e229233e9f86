"""Event dates from the text, resolved against the publication date, with a precision code."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import dateparser

from transforms import reference
from transforms.records import publication_day

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
PRECISION_DAY = "day"
PRECISION_PUBLICATION = "publication"
# "du 16 au 17 juillet", "le 16 et le 17 juillet": a range of days, like a night, ends on its last day.
RANGE_START = re.compile(r"^(?:du|le)\s+(?:1er|\d{1,2})\s+(?:au|à|et)\s+(?:le\s+)?", re.IGNORECASE)


def _last_weekday(weekday: int, published: date) -> date:
    """Wire copy uses a bare weekday for the current week: the latest such day not after publication."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def resolve_date_text(text: str, published_at: datetime, future_allowed: bool = False) -> date | None:
    text = RANGE_START.sub("", text)
    words = re.findall(r"[\wéû]+", text.lower())
    weekdays = [WEEKDAYS[word] for word in words if word in WEEKDAYS]
    published = publication_day(published_at)
    # "la veille", which the date parser does not read: the day before the day the copy reports.
    if (days := reference.days_before().get(text.lower().strip())) is not None:
        return published - timedelta(days=days)
    if weekdays and not future_allowed:
        # "dans la nuit de samedi à dimanche": the night ends on the last weekday named.
        return _last_weekday(weekdays[-1], published)
    parsed = dateparser.parse(
        text,
        languages=["fr", "en"],
        settings={"RELATIVE_BASE": published_at.replace(tzinfo=None), "PREFER_DATES_FROM": "future" if future_allowed else "past"},
    )
    if parsed is None or (parsed.date() > published and not future_allowed):
        return None
    return parsed.date()


def resolve_event_date(texts: list[str], published_at: datetime, future_allowed: bool = False) -> tuple[date, str]:
    """The first date written in the evidence, later by the days of a "le lendemain" written after it ("de 23 h le
    13 janvier à 7 h le lendemain" ends on the 14th), earlier by those of a "la veille" ("jeudi … La veille" is the
    Wednesday), or the publication date. Only planned events lie ahead."""
    for index, text in enumerate(texts):
        resolved = resolve_date_text(text, published_at, future_allowed)
        if resolved is not None:
            later = [later.lower().strip() for later in texts[index + 1 :]]
            shifts = [reference.days_after().get(word, -reference.days_before().get(word, 0)) for word in later]
            return resolved + timedelta(days=next((days for days in shifts if days), 0)), PRECISION_DAY
    return publication_day(published_at), PRECISION_PUBLICATION
