"""Interception phrasing in French wire copy, each on a sentence written in that style."""

import pytest

from tests.extraction_helpers import facts, interceptions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La défense antiaérienne russe a abattu 23 drones au-dessus de la région de Briansk, a annoncé le ministère russe de la Défense.",
         [("drone", 23, ("RU-BRY",))]),
        ("L'armée de l'air ukrainienne a intercepté et détruit 31 drones Shahed dans la nuit de samedi à dimanche.",
         [("drone", 31, ())]),
        ("Selon l'armée de l'air ukrainienne, 46 drones ont été neutralisés au-dessus des régions de Kharkiv et de Soumy.",
         [("drone", 46, ("UA-59", "UA-63"))]),
        ("Les forces ukrainiennes ont repoussé une attaque et abattu quarante-six drones de type Geran-2.",
         [("drone", 46, ())]),
        ("La défense antiaérienne a abattu deux missiles de croisière Kalibr et un missile balistique Iskander-M.",
         [("missile", 1, ()), ("missile", 2, ())]),
        ("Moscou affirme avoir détruit trois missiles Kh-101 au large de la Crimée.",
         [("missile", 3, ("UA-43",))]),
        ("Les systèmes de défense aérienne ont intercepté quatre bombes guidées au-dessus de la région de Belgorod.",
         [("glide_bomb", 4, ("RU-BEL",))]),
        ("L'armée russe dit avoir abattu un avion de combat ukrainien Su-25 dans la région de Donetsk.",
         [("aircraft", 1, ("UA-14",))]),
        ("Dix drones ont été détruits au-dessus de la mer Noire, selon le ministère russe de la Défense.",
         [("drone", 10, ("SEA-BLACK",))]),
    ],
)
def test_interception_phrasings(text, expected):
    assert interceptions(text) == expected


def test_total_with_split_and_remainder():
    text = (
        "Le ministère russe de la Défense a affirmé dimanche avoir abattu 58 drones ukrainiens, dont 25 au-dessus de la "
        "région de Koursk, 18 dans celle de Belgorod et le reste au-dessus des régions de Voronej et d'Orel."
    )
    assert interceptions(text) == [
        ("drone", 15, ("RU-ORL", "RU-VOR")),
        ("drone", 18, ("RU-BEL",)),
        ("drone", 25, ("RU-KRS",)),
    ]


def test_launched_is_not_intercepted():
    [row] = facts("Sur les 40 drones lancés par la Russie dans la nuit, 36 ont été abattus, a indiqué l'armée de l'air ukrainienne.")["interception"]
    assert (row["weapon"], row["count"], row["claimant_country"]) == ("drone", 36, "UA")


def test_approximate_count_is_not_an_exact_count():
    [row] = facts("La défense antiaérienne a abattu une dizaine de drones au-dessus de la région de Moscou, selon le maire.")["interception"]
    assert (row["weapon"], row["count"], row["region_codes"]) == ("drone", None, ["RU-MOS"])


def test_running_total_is_not_an_event():
    text = "Depuis le début du mois, la défense antiaérienne ukrainienne a abattu plus de 1 200 drones russes."
    assert facts(text)["interception"] == []


def test_claimant_is_kept_through_a_restatement():
    text = (
        "Le gouverneur de la région de Belgorod a fait état de dégâts matériels.\n"
        "Selon le ministère russe de la Défense, 12 drones ukrainiens ont été abattus au-dessus de la région de Belgorod."
    )
    [row] = facts(text)["interception"]
    assert row["claimant_country"] == "RU"


def test_ship_destroyed_with_a_drone_is_not_an_interception():
    text = "Les forces ukrainiennes ont détruit un navire de débarquement russe avec un drone naval au large de la Crimée."
    assert facts(text)["interception"] == []


def test_aircraft_destroyed_at_an_airbase_are_not_intercepted():
    text = "L'armée ukrainienne affirme avoir détruit quatre avions de combat sur la base aérienne de Morozovsk."
    assert facts(text)["interception"] == []


def test_counts_in_brackets_after_each_region():
    text = (
        "La défense antiaérienne a intercepté et détruit des drones au-dessus de la région de Belgorod "
        "(cinq drones) et de celle de Koursk (un drone), a précisé le ministère russe de la Défense."
    )
    assert interceptions(text) == [("drone", 1, ("RU-KRS",)), ("drone", 5, ("RU-BEL",))]


def test_split_across_sentences_attaches_to_the_night_total():
    text = (
        "Au total, 85 drones ukrainiens ont été détruits au-dessus du territoire russe pendant la nuit, selon le ministère russe de la Défense.\n"
        "L'essentiel de l'attaque a visé la région de Koursk, où 31 drones ont été abattus, tandis que 12 drones ont été interceptés "
        "au-dessus des régions de Briansk et de Kalouga."
    )
    rows = facts(text)["interception"]
    assert sorted((r["count"], tuple(sorted(r["region_codes"]))) for r in rows) == [(12, ("RU-BRY", "RU-KLU")), (31, ("RU-KRS",))]
