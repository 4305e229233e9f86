"""Adding a region alias or a trigger verb is one line in a data file."""

import shutil

import pytest

from transforms import nlp as nlp_module
from transforms import reference
from transforms.extract import candidates

CACHED = (
    reference.regions, reference.cities, reference.actors, reference.actor_aliases, reference.titles,
    reference.places, reference.place_aliases, reference.countries, reference.currency_aliases, reference.number_scales,
    reference.calendar_words, reference.lemma_stems, reference.geonames_places, reference.geonames_admin1,
    reference.air_defence_sides, reference.surrounding_regions,
)
# The pre-filter compiles the rule files once per process; a run started after an edit reads them again.
PREFILTER = (candidates.label_alternatives, candidates.article_regexes, candidates.sentence_regexes)
SENTENCE = "Les forces russes ont anéanti 7 drones au-dessus de Koursquie."


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    gazetteers, rules = tmp_path / "gazetteers", tmp_path / "rules"
    shutil.copytree(reference.GAZETTEER_DIR, gazetteers)
    shutil.copytree(reference.RULES_DIR, rules)
    monkeypatch.setattr(reference, "GAZETTEER_DIR", gazetteers)
    monkeypatch.setattr(reference, "RULES_DIR", rules)
    for loader in CACHED:
        loader.cache_clear()
    yield gazetteers, rules
    for loader in CACHED:
        loader.cache_clear()


def intercepted(sentence: str) -> list[tuple]:
    from transforms.predict import predict_articles

    for compiled in PREFILTER:
        compiled.cache_clear()
    article = {"id": "t", "lang": "fr", "published_at": "2025-03-16T10:00:00+01:00", "text": sentence}
    rows = predict_articles(lambda lang: nlp_module.build_pipeline(lang), [article]).get("t", {}).get("interception", [])
    return [(row["count"], row["region_codes"]) for row in rows]


def test_one_line_each_for_a_region_alias_and_a_trigger_verb(data_copy):
    gazetteers, rules = data_copy
    assert intercepted(SENTENCE) == []

    with (rules / "lexicon.jsonl").open("a", encoding="utf-8") as lexicon:
        lexicon.write('{"label": "INTERCEPT", "id": "intercept", "pattern": [{"LEMMA": "anéantir"}]}\n')
    assert intercepted(SENTENCE) == [(7, [])]

    regions = (gazetteers / "regions.csv").read_text(encoding="utf-8")
    (gazetteers / "regions.csv").write_text(regions.replace("RU-KRS,RU,Kursk Oblast,oblast,Koursk|", "RU-KRS,RU,Kursk Oblast,oblast,Koursquie|Koursk|"), encoding="utf-8")
    reference.regions.cache_clear()
    assert intercepted(SENTENCE) == [(7, ["RU-KRS"])]
