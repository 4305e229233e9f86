"""Near-duplicate articles: edited reprints of one dispatch link to its earliest copy; template reports do not."""

import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import polars as pl
import pytest

from transforms import near_duplicates
from transforms.near_duplicates import SIMILARITY_THRESHOLD, DuplicateLink, link_near_duplicates, same_facts

REPO = Path(__file__).resolve().parent.parent
T0 = datetime(2025, 3, 16, 6, 0, tzinfo=timezone.utc)
SCHEMA = {"article_id": pl.String, "published_at": pl.Datetime("us", "Europe/Paris"), "text": pl.String}
EARLIER_SCHEMA = SCHEMA | {"duplicate_of": pl.String}

DRONES = (
    "Selon le ministère russe de la Défense, 46 drones ukrainiens ont été abattus dans la nuit de samedi à "
    "dimanche au-dessus de la région de Koursk. Le gouverneur régional a fait état de dégâts matériels dans deux "
    "villages proches de la frontière, sans faire de victimes. Des débris sont tombés sur une station-service, "
    "provoquant un incendie rapidement maîtrisé par les pompiers. L'armée ukrainienne n'a pas commenté ces "
    "« affirmations » dans l'immédiat. Moscou accuse régulièrement Kiev de viser des infrastructures civiles, ce "
    "que l'Ukraine dément."
)
AID = (
    "L'Allemagne va livrer à l'Ukraine un nouveau paquet d'aide militaire d'une valeur de 500 millions d'euros, a "
    "annoncé jeudi le ministre de la Défense à Berlin. Le paquet comprend des munitions d'artillerie, des systèmes "
    "de défense antiaérienne et des véhicules blindés. Les premières livraisons sont attendues avant la fin de "
    "l'année. Kiev réclame depuis des mois un renforcement de son « bouclier aérien » face aux frappes russes."
)
# Sentences with no number, calendar word or known name: they change the wording, not the facts.
UPDATE = (
    " Les autorités locales ont ouvert une enquête sur les circonstances de l'incident. Les habitants ont été "
    "invités à rester chez eux et à signaler tout objet suspect aux services de secours."
)


def _first_words(text: str) -> str:
    return "D'après nos informations, " + text.split(" ", 4)[4]


def _typo(text: str) -> str:
    word = next(word for word in text.split() if len(word) >= 9 and word.isalpha())
    return text.replace(word, word[:3] + word[4] + word[3] + word[5:], 1)


def _trailing_removed(text: str) -> str:
    return text[: text.rstrip(".").rindex(". ") + 1]


def _accents_stripped(text: str) -> str:
    return text.translate(str.maketrans("éèêëàâîïôûùçÉÈÀ", "eeeeaaiiouucEEA"))


EDITS = {
    "headline": lambda text: "Nouvelle nuit d'attaques aériennes\n" + text,
    "first words": _first_words,
    "typo": _typo,
    "trailing sentence added": lambda text: text + " (avec AFP)",
    "trailing sentence removed": _trailing_removed,
    "closing figure added": lambda text: text + " Au total, 112 drones ont été abattus depuis lundi.",
    "whitespace": lambda text: text.replace(" ", "  ").replace(". ", ".\n\n"),
    "case": str.upper,
    "punctuation": lambda text: text.replace(",", "").replace(". ", " ; ").replace("-", " "),
    "quotes": lambda text: text.replace("« ", '"').replace(" »", '"'),
    "accents": _accents_stripped,
}
TEMPLATE_VARIANTS = {
    "number": DRONES.replace("46", "31"),
    "region": DRONES.replace("Koursk", "Briansk"),
    "date word": DRONES.replace("samedi à dimanche", "dimanche à lundi"),
    "another day's figures": DRONES.replace("46", "27").replace("samedi à dimanche", "lundi à mardi"),
}


def frame(*rows: tuple, earlier: bool = False) -> pl.DataFrame:
    """Rows (article_id, hours after T0, text) or, for earlier, (article_id, hours, text, duplicate_of)."""
    schema = EARLIER_SCHEMA if earlier else SCHEMA
    records = [dict(zip(schema, (row[0], T0 + timedelta(hours=row[1]), *row[2:]))) for row in rows]
    return pl.DataFrame(records, schema=schema)


def links(*rows: tuple, earlier: tuple = ()) -> dict[str, tuple[str, float]]:
    result = link_near_duplicates(frame(*rows), frame(*earlier, earlier=True) if earlier else None)
    assert all(key == link.article_id for key, link in result.items())
    return {key: (link.duplicate_of, link.similarity) for key, link in result.items()}


def test_the_same_text_under_two_ids_points_at_the_earlier():
    result = link_near_duplicates(frame(("later", 3, DRONES), ("first", 0, DRONES)))
    assert result == {"later": DuplicateLink("later", "first", 1.0)}


# Measured Jaccard similarity of each edited copy with its original: (DRONES, AID).
EDIT_SIMILARITIES = {
    "headline": (0.946, 0.934),
    "first words": (0.912, 0.88),
    "typo": (0.933, 0.919),
    "trailing sentence added": (0.978, 0.973),
    "trailing sentence removed": (0.839, 0.789),
    "closing figure added": (0.916, 0.887),
    "whitespace": (1.0, 1.0),
    "case": (1.0, 1.0),
    "punctuation": (1.0, 1.0),
    "quotes": (1.0, 1.0),
    "accents": (1.0, 1.0),
}


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize(("text", "column"), [(DRONES, 0), (AID, 1)], ids=["drones", "aid"])
def test_an_edited_copy_links_to_the_earliest(edit, text, column):
    copy = EDITS[edit](text)
    assert copy != text
    similarity = EDIT_SIMILARITIES[edit][column]
    assert links(("copy", 2, copy), ("original", 0, text)) == {"copy": ("original", similarity)}
    assert similarity >= SIMILARITY_THRESHOLD


def test_three_copies_point_at_the_same_canonical():
    result = links(
        ("c", 5, EDITS["case"](DRONES)),
        ("b", 1, EDITS["trailing sentence added"](DRONES)),
        ("a", 0, EDITS["typo"](DRONES)),
    )
    assert {key: canonical for key, (canonical, _) in result.items()} == {"b": "a", "c": "a"}


@pytest.mark.parametrize("bridge_hour", [1, 9], ids=["bridge published between", "bridge published last"])
def test_a_bridge_links_copies_that_are_not_similar_to_each_other(bridge_hour):
    first_sentence_dropped = DRONES.split(". ", 1)[1] + UPDATE
    result = links(("a", 0, DRONES), ("b", bridge_hour, DRONES + UPDATE), ("c", 5, first_sentence_dropped))
    assert result.keys() == {"b", "c"}
    assert result["b"][0] == result["c"][0] == "a"
    assert result["c"][1] < SIMILARITY_THRESHOLD  # linked through b only


@pytest.mark.parametrize("variant", TEMPLATE_VARIANTS)
def test_the_same_template_with_other_facts_is_another_report(variant):
    assert links(("a", 0, DRONES), ("b", 1, TEMPLATE_VARIANTS[variant])) == {}


def test_a_template_report_does_not_link_through_a_copy_with_more_facts():
    copy = EDITS["closing figure added"](DRONES)  # its closing sentence also says "lundi"
    result = links(("a", 0, DRONES), ("copy", 1, copy), ("b", 2, TEMPLATE_VARIANTS["date word"]))
    assert result == {"copy": ("a", 0.916)}


@pytest.mark.parametrize(
    ("keys", "other", "same"),
    [
        (("46", "RU-KRS"), ("46", "RU-KRS"), True),
        (("46", "RU-KRS"), ("RU-MOD", "46", "RU-KRS", "112"), True),  # a headline and a closing figure added
        (("46", "samedi", "RU-KRS"), ("46", "RU-KRS"), True),  # a sentence dropped
        (("46", "RU-KRS"), ("31", "RU-KRS"), False),
        (("samedi", "dimanche", "RU-KRS", "112", "lundi"), ("dimanche", "lundi", "RU-KRS"), False),  # a day replaced
        ((), ("46",), True),
    ],
)
def test_keys_may_be_added_or_dropped_but_not_replaced(keys, other, same):
    assert same_facts(keys, other) is same_facts(other, keys) is same


def test_an_unrelated_article_is_not_linked():
    assert links(("a", 0, DRONES), ("b", 1, AID)) == {}


def test_a_copy_of_an_earlier_duplicate_points_at_its_canonical():
    earlier = (("e1", -48, DRONES, None), ("e2", -24, EDITS["trailing sentence added"](DRONES), "e1"))
    result = links(("n", 0, EDITS["typo"](DRONES)), earlier=earlier)
    assert result == {"n": ("e1", 0.933)}


def test_the_canonical_may_be_outside_the_earlier_window():
    earlier = (("e2", -24, EDITS["trailing sentence added"](DRONES), "e1"),)
    assert links(("n", 0, DRONES), earlier=earlier) == {"n": ("e1", 0.978)}


def test_a_new_article_never_becomes_the_canonical_of_an_earlier_one():
    earlier = (("e", 5, DRONES, None),)
    result = links(("n1", 0, DRONES), ("n2", 1, EDITS["case"](DRONES)), earlier=earlier)
    assert result == {"n1": ("e", 1.0), "n2": ("e", 1.0)}


def test_earlier_articles_are_not_linked_among_themselves():
    earlier = (("e1", -5, DRONES, None), ("e2", -4, DRONES, None))
    assert links(("n", 0, AID), earlier=earlier) == {}


def test_very_short_texts_link_only_when_equal_once_normalised():
    short = [("a", 0, "Alerte aérienne."), ("b", 1, "ALERTE  AERIENNE !"), ("c", 2, "Alerte levée.")]
    assert links(*short, ("d", 3, "Alerte"), ("e", 4, "Alerte aérienne levée.")) == {"b": ("a", 1.0)}


def test_empty_frames_and_texts_give_no_links():
    assert link_near_duplicates(frame()) == {}
    assert link_near_duplicates(frame(), frame(("e", 0, DRONES, None), earlier=True)) == {}
    assert links(("a", 0, DRONES), ("b", 1, DRONES), ("e", 2, "")) == {"b": ("a", 1.0)}
    assert link_near_duplicates(frame(("a", 0, DRONES)), frame(earlier=True)) == {}


def mixed_batch() -> tuple[pl.DataFrame, pl.DataFrame]:
    new = frame(
        *((f"copy-{edit}", hour, EDITS[edit](DRONES)) for hour, edit in enumerate(EDITS)),
        *((f"variant-{name}", 1, text) for name, text in TEMPLATE_VARIANTS.items()),
        ("aid-tie-b", 3, AID),
        ("aid-tie-a", 3, EDITS["punctuation"](AID)),
    )
    earlier = frame(("e1", -30, DRONES, None), ("e2", -20, EDITS["case"](DRONES), "e1"), earlier=True)
    return new, earlier


def test_the_result_does_not_depend_on_row_order():
    new, earlier = mixed_batch()
    result = link_near_duplicates(new, earlier)
    assert {link.duplicate_of for link in result.values()} == {"e1", "aid-tie-a"}
    assert len(result) == len(EDITS) + 1
    for seed in range(3):
        assert link_near_duplicates(new.sample(fraction=1, shuffle=True, seed=seed), earlier.reverse()) == result


def test_the_result_is_the_same_in_another_process():
    script = (
        "from tests.test_near_duplicates import link_near_duplicates, mixed_batch\n"
        "print(sorted(link_near_duplicates(*mixed_batch()).items()))"
    )
    env = os.environ | {"PYTHONHASHSEED": "12345"}
    other = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert other.stdout.strip() == str(sorted(link_near_duplicates(*mixed_batch()).items()))


REGIONS = ["Koursk", "Belgorod", "Briansk", "Voronej", "Rostov", "Orel", "Lipetsk", "Toula", "Kalouga", "Smolensk"]
CITIES = ["Kharkiv", "Odessa", "Soumy", "Tchernihiv", "Zaporijjia", "Dnipro", "Kherson", "Mykolaïv", "Poltava"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DONORS = ["L'Allemagne", "La France", "Le Royaume-Uni", "La Suède", "Le Canada", "La Pologne", "Les Pays-Bas"]
SENTENCES = [
    "Selon le ministère russe de la Défense, {n} drones ukrainiens ont été abattus au-dessus de {region}.",
    "La défense antiaérienne a intercepté {n} drones et {m} missiles dans la nuit de {day} au-dessus de {region}.",
    "Le gouverneur de la région de {region} a fait état de {m} blessés et de dégâts dans {n} habitations.",
    "L'armée de l'air ukrainienne affirme avoir neutralisé {n} des {total} drones lancés par la Russie vers {city}.",
    "Une frappe de missile a touché un site énergétique près de {city}, privant {n} foyers d'électricité.",
    "Des débris sont tombés sur {n} bâtiments de {city}, selon les secours qui ont déployé {m} équipes.",
    "Le maire de {city} a décrété {m} jours de deuil après la mort de {n} civils.",
    "{donor} va livrer à l'Ukraine une aide militaire de {n} millions d'euros, a annoncé le gouvernement {day}.",
    "Le paquet annoncé {day} comprend {n} véhicules blindés et {m} systèmes de défense antiaérienne.",
    "{donor} a promis {n} obus d'artillerie supplémentaires d'ici à la fin de l'année {year}.",
    "Les ministres de la Défense de {n} pays se sont réunis {day} à Ramstein pour coordonner leurs livraisons.",
    "Volodymyr Zelensky a rencontré {day} les dirigeants de {n} pays européens sur les garanties de sécurité.",
    "Le président ukrainien a qualifié de « décisive » l'aide de {n} milliards promise pour l'année {year}.",
    "Moscou affirme avoir pris le contrôle de {n} localités dans la région de {city} depuis le début du mois.",
    "Kiev assure avoir repoussé {n} assauts russes sur le front est au cours des {m} derniers jours.",
    "Les combats se poursuivent près de {city}, où {n} soldats ont été évacués {day}, selon l'état-major.",
    "Le Kremlin a dénoncé {day} des « provocations » après la chute de {n} drones près de {region}.",
    "Selon l'ONU, {n} civils ont été tués et {m} blessés dans la région de {city} au cours du mois écoulé.",
    "Les autorités de {region} ont fermé {n} écoles à titre préventif jusqu'à {day}.",
    "L'aéroport de {region} a suspendu {n} vols pendant {m} heures en raison de la menace de drones.",
]


def _slots(rng: random.Random) -> dict:
    return {
        "n": rng.randint(2, 900),
        "m": rng.randint(2, 90),
        "total": rng.randint(900, 1900),
        "year": rng.randint(2022, 2026),
        "region": rng.choice(REGIONS),
        "city": rng.choice(CITIES),
        "day": rng.choice(DAYS),
        "donor": rng.choice(DONORS),
    }


def dispatch(rng: random.Random) -> str:
    """Four to six sentences of the pool with fresh figures and places each (dropping one sentence of three
    would remove a third of the text: no longer a small edit)."""
    return " ".join(rng.choice(SENTENCES).format(**_slots(rng)) for _ in range(rng.randint(4, 6)))


def generated_batch(count: int, copies: int) -> tuple[pl.DataFrame, dict[str, str]]:
    """count distinct dispatches plus edited copies of some of them, published later; and copy id -> source id."""
    rng = random.Random(0)
    rows = [(f"a{index:05d}", index / 100, dispatch(rng)) for index in range(count)]
    expected = {}
    for number, source in enumerate(rng.sample(range(count), copies)):
        edit = EDITS[rng.choice(list(EDITS))]
        rows.append((f"copy{number:03d}", source / 100 + 1, edit(rows[source][2])))
        expected[f"copy{number:03d}"] = rows[source][0]
    return frame(*rows), expected


def test_among_two_thousand_dispatches_exactly_the_copies_are_linked():
    batch, expected = generated_batch(2_000, 50)
    result = link_near_duplicates(batch)
    assert {key: link.duplicate_of for key, link in result.items()} == expected


# A report whose count changes from one day to the next: reports with other counts state other facts.
SHELLING = (
    "Mardi, l'armée russe a bombardé à {count} reprises la ville de Kherson et ses environs au cours des "
    "dernières vingt-quatre heures, a indiqué le chef de l'administration militaire régionale. Plusieurs "
    "immeubles d'habitation et un entrepôt de la compagnie des eaux ont été endommagés, selon les premières "
    "constatations des secouristes. Les équipes de déminage inspectent les quartiers touchés, et les habitants "
    "ont été priés d'éviter les rues proches du fleuve. Les services d'urgence ont indiqué que les recherches se "
    "poursuivaient dans les décombres, où des habitants pourraient encore se trouver. Les autorités ont appelé la "
    "population à se rendre dans les abris dès le déclenchement des sirènes. Des bénévoles distribuent de l'eau "
    "potable et des couvertures aux familles sinistrées. Les écoles du secteur resteront fermées jusqu'à nouvel "
    "ordre, et les cours se tiendront à distance. Une cellule de soutien psychologique a été ouverte à la mairie "
    "pour les habitants choqués. Les tirs d'artillerie depuis la rive gauche sont quasi quotidiens depuis le "
    "retrait des troupes russes de la ville."
)
REPORT_COUNTS = range(100, 600)
# Edits that keep the report's facts: keys unchanged, or added or dropped at either end.
HIDDEN_EDITS = ["typo", "headline", "first words", "trailing sentence removed", "closing figure added"]


def shelling(count: int) -> str:
    return SHELLING.format(count=count)


def test_one_text_under_four_thousand_ids_is_one_group_linked_to_the_earliest():
    # Published in reverse id order; two copies in three are upper-cased: the same tokens once normalised.
    text = shelling(46)
    rows = [(f"id{n:04d}", (4000 - n) / 60, EDITS["case"](text) if n % 3 else text) for n in range(4000)]
    expected = {f"id{n:04d}": DuplicateLink(f"id{n:04d}", "id3999", 1.0) for n in range(3999)}
    assert link_near_duplicates(frame(*rows)) == expected


@pytest.mark.parametrize(
    ("earlier", "canonical"),
    [
        ((("e1", -48, shelling(46), None), ("e2", -24, EDITS["whitespace"](shelling(46)), "e1")), "e1"),
        ((("e2", -24, shelling(46), "e1"),), "e1"),  # e1 has left the window
        ((("e3", 40, shelling(46), None),), "e3"),  # published after the new copies, yet published first
    ],
    ids=["canonical in the window", "canonical out of the window", "earlier copy published later"],
)
def test_identical_copies_join_the_canonical_of_their_earlier_copies(earlier, canonical):
    copies = [(f"n{n:03d}", n / 10, shelling(46)) for n in range(300)]
    other_report = [("m1", 3, shelling(47)), ("m0", 5, EDITS["quotes"](shelling(47)))]
    expected = {f"n{n:03d}": (canonical, 1.0) for n in range(300)} | {"m0": ("m1", 1.0)}
    assert links(*copies, *other_report, earlier=earlier) == expected


def hidden_copies() -> tuple[list[tuple], dict[str, str]]:
    """Copies of ten reports per edit of HIDDEN_EDITS, published after the 500 reports; and copy id -> report id."""
    copies, expected = [], {}
    for number, edit in enumerate(HIDDEN_EDITS):
        for count in range(100 + number, 600, 50):
            copies.append((f"copy-{count}", 8, EDITS[edit](shelling(count))))
            expected[f"copy-{count}"] = f"r{count}"
    return copies, expected


def test_five_hundred_reports_of_one_template_are_not_linked():
    assert links(*((f"r{count}", count / 100, shelling(count)) for count in REPORT_COUNTS)) == {}


@pytest.mark.parametrize("reports_are_earlier", [False, True], ids=["reports of the day", "reports of the day before"])
def test_edited_copies_hidden_among_template_reports_link_to_their_report(reports_are_earlier):
    copies, expected = hidden_copies()
    hour = -24 if reports_are_earlier else 0
    reports = [(f"r{count}", hour + count / 100, shelling(count)) for count in REPORT_COUNTS]
    if reports_are_earlier:
        result = links(*copies, earlier=tuple(report + (None,) for report in reports))
    else:
        result = links(*reports, *copies)
    assert {copy: canonical for copy, (canonical, _) in result.items()} == expected
    report_texts = {report: text for report, _, text in reports}
    for copy, _, text in copies:  # the same similarity as with its report alone
        assert result[copy] == links((copy, 8, text), (expected[copy], 0, report_texts[expected[copy]]))[copy]


def test_template_reports_yield_a_bounded_number_of_candidate_pairs(monkeypatch):
    candidate_pairs = near_duplicates._candidate_pairs
    found = []

    def recorded(*arguments):
        found.append(candidate_pairs(*arguments))
        return found[-1]

    monkeypatch.setattr(near_duplicates, "_candidate_pairs", recorded)
    copies, expected = hidden_copies()
    reports = [(f"r{count}", count / 100, shelling(count)) for count in REPORT_COUNTS]
    assert {key: canonical for key, (canonical, _) in links(*reports, *copies).items()} == expected
    texts = len(reports) + len(copies)
    # Each text is paired with at most NEIGHBOURS others per key order and band; all pairs would be 150,975.
    bound = texts * near_duplicates.NEIGHBOURS * 2 * near_duplicates.BANDS
    assert len(found[0]) <= bound < texts * (texts - 1) // 2


def scaled_batch() -> tuple[pl.DataFrame, pl.DataFrame]:
    """Template reports of the day and of the day before, edited copies among them, and one report sent under 200
    ids of the day and twice the day before."""
    copies, _ = hidden_copies()
    new = frame(
        *((f"r{count}", count / 100, shelling(count)) for count in REPORT_COUNTS[:300]),
        *copies,
        *((f"resent{n:03d}", 2 + n / 100, shelling(46)) for n in range(200)),
    )
    earlier = frame(
        *((f"r{count}", -24 + count / 100, shelling(count), None) for count in REPORT_COUNTS[300:]),
        ("resent-e1", -30, shelling(46), None),
        ("resent-e2", -20, shelling(46), "resent-e1"),
        earlier=True,
    )
    return new, earlier


def test_the_result_of_a_scaled_batch_does_not_depend_on_row_order():
    new, earlier = scaled_batch()
    result = link_near_duplicates(new, earlier)
    _, expected = hidden_copies()
    expected |= {f"resent{n:03d}": "resent-e1" for n in range(200)}
    assert {key: link.duplicate_of for key, link in result.items()} == expected
    for seed in range(3):
        assert link_near_duplicates(new.sample(fraction=1, shuffle=True, seed=seed), earlier.reverse()) == result
