"""Scaling benchmark of near-duplicate detection: the seconds and peak memory of one day's
`link_near_duplicates(new, earlier)`, the call `transforms/batches.py::with_duplicate_links` makes, for 1,000,
2,000, 4,000 and 8,000 articles a day, in two feeds (one table each):

- templated: reports built on one template ("Selon le ministère russe de la Défense, {count} drones ukrainiens
  ont été abattus au-dessus de la région de {region} dans la nuit de {weekday} à {next weekday}." and the same
  closing sentences), each with a count, region and night of its own, published over the day. 5% more articles
  are copies of reports of the day or of the two days before, sent again unchanged or lightly edited. `earlier`
  holds the two days before (as many reports a day), as the pipeline passes with DUPLICATE_WINDOW_DAYS = 2.
  Every copy should be linked, and nothing else: the links and copies columns should be equal.
- identical: one dispatch sent under N ids over the day, and once the day before; all N link to that one.
  Linking such a day takes milliseconds, below the machine's noise: its seconds are those of TIMED_DAYS days
  linked in a row, after the day whose memory is measured.

Each size runs in processes of its own, best of three (bench/scaling.py). The input is built and a small batch linked first
(gazetteers loaded, as in a running pipeline), so the figures are those of the day's linking alone. Each figure
is compared with the one of half the size; the script fails if a doubling costs more than 2.3 times as much
time or memory.

    .venv/bin/python bench/scaling_near_duplicates.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path

import polars as pl

from scaling import main, measured
from transforms.batches import DUPLICATE_WINDOW_DAYS
from transforms.near_duplicates import link_near_duplicates

SIZES = [1_000, 2_000, 4_000, 8_000]
DAY = datetime(2025, 3, 16, tzinfo=timezone.utc)
COPY_SHARE = 0.05
TIMED_DAYS = 20  # identical days timed in a row: one takes 10 to 40 ms
WARM_UP_SIZE = 50  # reports a day linked before measuring
SCHEMA = {"article_id": pl.String, "published_at": pl.Datetime("us", "UTC"), "text": pl.String}

REGIONS = ["Koursk", "Belgorod", "Briansk", "Voronej", "Rostov", "Orel", "Lipetsk", "Toula", "Kalouga", "Smolensk"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
COUNTS = range(2, 2_000)  # with the regions and nights: 139,860 distinct reports
REPORT = (
    "Selon le ministère russe de la Défense, {count} drones ukrainiens ont été abattus au-dessus de la région de "
    "{region} dans la nuit de {weekday} à {next_weekday}. Le gouverneur régional a fait état de dégâts matériels "
    "dans plusieurs villages proches de la frontière, sans faire de victimes. Des débris sont tombés sur un "
    "entrepôt agricole, provoquant un incendie rapidement maîtrisé par les pompiers. Les habitants ont été "
    "invités à rester à l'écart des fragments et à signaler tout objet suspect aux services de secours. L'armée "
    "ukrainienne n'a pas commenté ces affirmations dans l'immédiat. Moscou accuse régulièrement Kiev de viser des "
    "infrastructures civiles, ce que l'Ukraine dément."
)
COPY_EDITS: dict[str, Callable[[str], str]] = {
    "sent again": lambda text: text,
    "source added": lambda text: text + " (avec AFP)",
    "headline": lambda text: "Défense antiaérienne : une nuit agitée\n" + text,
    "upper case": str.upper,
}
DISPATCH = (
    "Le président ukrainien Volodymyr Zelensky a appelé jeudi les alliés de Kiev à accélérer la livraison de "
    "systèmes de défense antiaérienne, au lendemain d'une attaque massive de missiles contre le réseau "
    "électrique. « Chaque jour de retard se paie en vies humaines », a-t-il déclaré lors d'une conférence de "
    "presse à Kiev. Plusieurs régions du pays ont subi des coupures de courant pendant la nuit, selon l'opérateur "
    "national. Les équipes de réparation sont à pied d'œuvre pour rétablir l'alimentation des hôpitaux et des "
    "écoles."
)


def report(fact: int) -> str:
    """The report of one fact number: a count, a region and a night."""
    count, place = divmod(fact, len(REGIONS) * len(WEEKDAYS))
    region, weekday = divmod(place, len(WEEKDAYS))
    nights = {"weekday": WEEKDAYS[weekday], "next_weekday": WEEKDAYS[(weekday + 1) % len(WEEKDAYS)]}
    return REPORT.format(count=COUNTS[count], region=REGIONS[region], **nights)


def articles(ids: list[str], days_before: list[int], texts: list[str], rng: random.Random) -> pl.DataFrame:
    """Articles published at a random time of their day."""
    times = [DAY - timedelta(days=days) + timedelta(seconds=rng.randrange(86_400)) for days in days_before]
    return pl.DataFrame({"article_id": ids, "published_at": times, "text": texts}, schema=SCHEMA)


def templated_feed(size: int) -> tuple[pl.DataFrame, pl.DataFrame, int]:
    """The day's articles (size reports, then the copies), the reports of the days before, and how many copies."""
    rng = random.Random(size)
    facts = rng.sample(range(len(COUNTS) * len(REGIONS) * len(WEEKDAYS)), size * (1 + DUPLICATE_WINDOW_DAYS))
    texts = [report(fact) for fact in facts]
    days = [index // size for index in range(len(texts))]  # size reports on the day, and on each day before
    copied = rng.sample(range(len(texts)), round(size * COPY_SHARE))
    edits = [rng.choice(list(COPY_EDITS.values())) for _ in copied]
    new = articles(
        [f"day0-{index:05d}" for index in range(size)] + [f"copy-{index:05d}" for index in copied],
        [0] * (size + len(copied)),
        texts[:size] + [edit(texts[index]) for edit, index in zip(edits, copied)],
        rng,
    )
    earlier = articles(
        [f"day{days[index]}-{index:05d}" for index in range(size, len(texts))], days[size:], texts[size:], rng
    ).with_columns(duplicate_of=pl.lit(None, dtype=pl.String))
    return new, earlier, len(copied)


def identical_feed(size: int) -> tuple[pl.DataFrame, pl.DataFrame, int]:
    """The dispatch under size ids over the day, the same dispatch the day before, and how many copies."""
    rng = random.Random(size)
    new = articles([f"resent-{index:05d}" for index in range(size)], [0] * size, [DISPATCH] * size, rng)
    earlier = articles(["first"], [1], [DISPATCH], rng).with_columns(duplicate_of=pl.lit(None, dtype=pl.String))
    return new, earlier, size


FEEDS = {"templated": templated_feed, "identical": identical_feed}


def linked_day(feed: str, size: int) -> dict:
    """Child: the figures of linking one day of the feed, its links and its copies."""
    new, earlier, copies = FEEDS[feed](size)
    link_near_duplicates(*templated_feed(WARM_UP_SIZE)[:2])  # gazetteers loaded, as in a running pipeline
    with measured() as figures:
        links = len(link_near_duplicates(new, earlier))
    if feed == "identical":
        with measured() as timed:
            for _ in range(TIMED_DAYS):
                link_near_duplicates(new, earlier)
        figures["seconds"] = timed["seconds"]
    return figures | {"links": links, "copies": copies}


if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve(), {feed: partial(linked_day, feed) for feed in FEEDS}, SIZES))
