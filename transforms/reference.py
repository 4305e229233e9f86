"""Reference data (gazetteers and rule tables) loaded from the CSV files shipped with the package."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pycountry

GAZETTEER_DIR = Path(__file__).parent / "gazetteers"
RULES_DIR = Path(__file__).parent / "rules"
ALIAS_SEPARATOR = "|"


class ReferenceDataError(ValueError):
    """A gazetteer or rule file holds a value that is not a valid code, or a row its header does not fit."""


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = []
        for row in reader:
            # DictReader keeps the extra fields of a row under the key None: an unquoted comma in a note, say.
            if None in row:
                raise ReferenceDataError(
                    f"{path}:{reader.line_num}: more fields than the header's {len(reader.fieldnames)}; quote a value that holds a comma"
                )
            rows.append({key: (value or "").strip() for key, value in row.items()})
        return rows


def _checked(path: Path, rows: list[dict[str, str]], column: str, is_valid) -> list[dict[str, str]]:
    for line, row in enumerate(rows, start=2):
        if not is_valid(row[column]):
            raise ReferenceDataError(f"{path}:{line}: {column} {row[column]!r} is not a valid code")
    return rows


def _iso_3166_2(code: str) -> bool:
    # Seas are not subdivisions; they get codes of our own (SEA-BLACK, SEA-AZOV).
    return code.startswith("SEA-") or pycountry.subdivisions.get(code=code) is not None


def _iso_4217(code: str) -> bool:
    return pycountry.currencies.get(alpha_3=code) is not None


def split_aliases(value: str) -> list[str]:
    return [alias.strip() for alias in value.split(ALIAS_SEPARATOR) if alias.strip()]


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    kind: str
    country_code: str | None
    role: str
    # The region a local official (a mayor, a governor) speaks for.
    speaks_for_region: str | None = None


@dataclass(frozen=True)
class Place:
    place_id: str
    kind: str
    name_en: str
    city_en: str
    country_code: str


@dataclass(frozen=True)
class Title:
    title: str
    actor_id: str
    valid_from: date | None
    valid_to: date | None

    def holds_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day < self.valid_to)


def _optional_date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _region_coded(file_name: str) -> list[dict[str, str]]:
    """A gazetteer whose every row names an ISO 3166-2 region (or a sea) in `region_code`."""
    path = GAZETTEER_DIR / file_name
    return _checked(path, read_csv(path), "region_code", _iso_3166_2)


@cache
def regions() -> list[dict[str, str]]:
    return _region_coded("regions.csv")


@cache
def cities() -> list[dict[str, str]]:
    return _region_coded("cities.csv")


@cache
def geonames_admin1() -> list[dict[str, str]]:
    return _region_coded("geonames_admin1.csv")


@cache
def geonames_places() -> list[dict[str, str]]:
    """Towns and villages of Russia and Ukraine by name (transforms/geonames_places.py writes the file)."""
    return _region_coded("geonames_places.csv")


@cache
def towns_by_name() -> dict[str, str]:
    """The region of each town name (GeoNames', and the hand-made cities' which GeoNames leaves to them) that names
    towns of one region only."""
    codes: dict[str, set[str]] = {}
    for row in geonames_places():
        codes.setdefault(row["name"], set()).add(row["region_code"])
    for row in cities():
        for alias in split_aliases(row["aliases"]):
            codes.setdefault(alias, set()).add(row["region_code"])
    return {name: found.pop() for name, found in codes.items() if len(found) == 1}


@cache
def district_adjectives() -> list[tuple[str, str]]:
    """(adjective ending, town ending): "Istrinsky" is the district of Istra, "Podolsky" of Podolsk."""
    return [(row["adjective_ending"], row["town_ending"]) for row in read_csv(RULES_DIR / "district_adjectives.csv")]


@cache
def district_adjective_spellings() -> list[tuple[str, str]]:
    """(spelling, as written in district_adjectives.csv), longest first: "Istrinskii", "Bogorodskiï" are "-sky"."""
    rows = [(row["spelling"], row["written_as"]) for row in read_csv(RULES_DIR / "district_adjective_spellings.csv")]
    return sorted(rows, key=lambda row: -len(row[0]))


@cache
def district_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_csv(RULES_DIR / "district_words.csv"))


@cache
def days_before() -> dict[str, int]:
    """Phrases that name a day by its distance before the publication day ("la veille")."""
    return {row["phrase"]: int(row["days_before"]) for row in read_csv(RULES_DIR / "days_before.csv")}


@cache
def days_after() -> dict[str, int]:
    """Phrases that name a day by its distance after the day written before them ("le lendemain")."""
    return {row["phrase"]: int(row["days_after"]) for row in read_csv(RULES_DIR / "days_after.csv")}


@cache
def actors() -> dict[str, Actor]:
    rows = read_csv(GAZETTEER_DIR / "actors.csv")
    return {
        row["actor_id"]: Actor(row["actor_id"], row["name"], row["kind"], row["country_code"] or None, row["role"], row["speaks_for_region"] or None)
        for row in rows
    }


@cache
def actor_aliases() -> list[tuple[str, str]]:
    return [(alias, row["actor_id"]) for row in read_csv(GAZETTEER_DIR / "actors.csv") for alias in split_aliases(row["aliases"])]


@cache
def titles() -> list[Title]:
    return [
        Title(row["title"], row["actor_id"], _optional_date(row["valid_from"]), _optional_date(row["valid_to"]))
        for row in read_csv(GAZETTEER_DIR / "titles.csv")
    ]


@cache
def places() -> dict[str, Place]:
    return {
        row["place_id"]: Place(row["place_id"], row["kind"], row["name_en"], row["city_en"], row["country_code"])
        for row in read_csv(GAZETTEER_DIR / "places.csv")
    }


@cache
def place_aliases() -> list[tuple[str, str]]:
    return [(alias, row["place_id"]) for row in read_csv(GAZETTEER_DIR / "places.csv") for alias in split_aliases(row["aliases"])]


@cache
def countries() -> list[dict[str, str]]:
    return read_csv(GAZETTEER_DIR / "countries.csv")


@cache
def currency_aliases() -> dict[str, str]:
    path = RULES_DIR / "currencies.csv"
    return {row["alias"].lower(): row["currency"] for row in _checked(path, read_csv(path), "currency", _iso_4217)}


@cache
def number_scales() -> dict[tuple[str, str], int]:
    """(word, lang) → multiplier; single-letter abbreviations keep their case."""
    return {(row["word"], row["lang"]): int(row["multiplier"]) for row in read_csv(RULES_DIR / "number_scales.csv")}


@cache
def compound_nouns() -> list[str]:
    """Nouns written as a verb joined by a hyphen to its object ("lance-roquettes"), kept as one word."""
    return [row["word"] for row in read_csv(RULES_DIR / "compound_nouns.csv")]


@cache
def lemma_stems() -> dict[str, list[str]]:
    """lemma → the beginnings of its written forms ("recevoir" → "recev", "reç"), for the candidate pre-filter:
    the verbs whose forms do not all start like the infinitive less its ending and one letter."""
    return {row["lemma"]: split_aliases(row["stems"]) for row in read_csv(RULES_DIR / "lemma_forms.csv")}


@cache
def calendar_words() -> frozenset[str]:
    """Weekdays, months and times of day, written as the near-duplicate guard normalises them (no accents)."""
    return frozenset(row["word"] for row in read_csv(RULES_DIR / "calendar_words.csv"))


@cache
def air_defence_sides() -> dict[str, str | None]:
    """Region code → the side whose air defence acts there: the region's country, except where
    gazetteers/air_defence_sides.csv says otherwise (Crimea, the seas), or None where both sides' does (the regions
    the front line crosses)."""
    sides = {row["region_code"]: row["country_code"] for row in regions() if row["country_code"]}
    sides |= {row["region_code"]: row["side"] or None for row in read_csv(GAZETTEER_DIR / "air_defence_sides.csv")}
    return sides


@cache
def capital_regions() -> dict[str, str]:
    """Country code → the region code of its capital, for "la capitale"."""
    return {row["country_code"]: row["region_code"] for row in read_csv(GAZETTEER_DIR / "capitals.csv")}


@cache
def weapon_models() -> list[dict[str, str]]:
    return read_csv(GAZETTEER_DIR / "weapon_models.csv")


@cache
def air_defence_systems() -> list[dict[str, str]]:
    return read_csv(GAZETTEER_DIR / "air_defence_systems.csv")


@cache
def peninsula_regions() -> dict[str, str]:
    """A region on a peninsula → the region the peninsula stands for, for "la péninsule"."""
    return {row["region_code"]: row["peninsula_region"] for row in read_csv(GAZETTEER_DIR / "peninsulas.csv")}


@cache
def surrounding_regions() -> dict[str, str]:
    """A city that is a region of its own → the region around it (Kyiv → Kyiv oblast)."""
    return {row["region_code"]: row["surrounding_region"] for row in read_csv(GAZETTEER_DIR / "surrounding_regions.csv")}


def region_name(region_code: str) -> str:
    return next((row["name_en"] for row in regions() if row["region_code"] == region_code), region_code)


def title_holder(title: str, on_day: date) -> str | None:
    """The actor who held a title on a day ("le président ukrainien" → P-ZELENSKY)."""
    wanted = title.lower()
    for entry in titles():
        if entry.title.lower() == wanted and entry.holds_on(on_day):
            return entry.actor_id
    return None
