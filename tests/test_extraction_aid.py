"""Aid package phrasing: amounts, donors, kinds, measures, cumulative totals."""

import pytest

from tests.extraction_helpers import facts


def aid(text: str, **kwargs) -> list[dict]:
    return facts(text, **kwargs)["aid_package"]


@pytest.mark.parametrize(
    ("text", "donor", "amount", "currency"),
    [
        ("Washington a annoncé une nouvelle aide militaire de 988 millions de dollars à l'Ukraine.", "US", 988e6, "USD"),
        ("L'Union européenne a débloqué une aide de 1,5 milliard d'euros pour l'Ukraine.", "EU", 1.5e9, "EUR"),
        ("Berlin a promis à Kiev une enveloppe de 2,5 Mds€.", "DE", 2.5e9, "EUR"),
        ("Le Canada a annoncé une aide militaire de 500 M$ à l'Ukraine.", "CA", 500e6, "USD"),
        ("Le FMI a approuvé un prêt de 15,6 milliards de dollars en faveur de l'Ukraine.", "IMF", 15.6e9, "USD"),
        ("La Banque mondiale a accordé un financement de 1,5 milliard de dollars à l'Ukraine.", "WB", 1.5e9, "USD"),
        ("Le ministère britannique de la Défense a annoncé une aide de 300 millions de livres sterling pour l'Ukraine.", "GB", 300e6, "GBP"),
    ],
)
def test_amount_and_donor(text, donor, amount, currency):
    [row] = aid(text)
    assert (row["donor"], row["recipient"], row["amount"], row["currency"]) == (donor, "UA", amount, currency)


def test_kind_and_measure():
    [military] = aid("Les États-Unis ont annoncé une aide militaire de 425 millions de dollars à l'Ukraine.")
    assert military["kind"] == "military"
    [humanitarian] = aid("La France a débloqué une aide humanitaire de 50 millions d'euros pour l'Ukraine.")
    assert humanitarian["kind"] == "humanitarian"
    [financial] = aid("L'UE a versé une aide financière de 4,2 milliards d'euros à l'Ukraine.")
    assert financial["kind"] == "financial"


def test_lower_bound_is_flagged():
    [row] = aid("Le Japon a promis une aide de plus d'un milliard de dollars à l'Ukraine.")
    assert (row["donor"], row["amount"], row["amount_is_lower_bound"]) == ("JP", 1e9, True)


def test_cumulative_total_is_not_a_package():
    text = "Cette nouvelle tranche porte à plus de 60 milliards de dollars l'aide militaire américaine depuis le début de la guerre."
    assert aid(text) == []


def test_amounts_converted_at_the_announcement_date():
    [row] = aid("L'Allemagne a annoncé mardi une aide de 1,5 milliard d'euros à l'Ukraine.", published_at="2025-03-13T12:00:00+01:00")
    assert row["announced_date"] == "2025-03-11"
    assert 1.5e9 * 1.0 < row["amount_usd"] < 1.5e9 * 1.2


def test_procurement_and_items():
    text = (
        "Le Pentagone a annoncé une aide de 725 millions de dollars à l'Ukraine.\n"
        "Ce paquet comprend des munitions pour les Himars, des missiles antichars et des drones.\n"
        "Ces matériels seront acquis auprès de l'industrie."
    )
    [row] = aid(text)
    assert row["donor"] == "US"
    assert row["delivery_mode"] == "procurement"
    assert row["items"] == ["munitions pour les Himars", "missiles antichars", "drones"]


def test_donor_from_a_body_or_a_demonym():
    [council] = aid("Le Conseil européen a décidé jeudi d'accorder à l'Ukraine une nouvelle enveloppe d'aide militaire de 500 millions d'euros.")
    assert (council["donor"], council["amount"], council["kind"]) == ("EU", 500e6, "military")
    [german] = aid("Le gouvernement allemand va débloquer une enveloppe de près de 400 millions d'euros supplémentaires pour l'Ukraine.")
    assert (german["donor"], german["amount"]) == ("DE", 400e6)


def test_total_raised_since_the_start_of_the_war_is_cumulative():
    text = "Ce montant s'ajoute aux précédentes tranches, portant l'effort européen à 1,5 milliard d'euros depuis le début du conflit."
    assert aid(text) == []
