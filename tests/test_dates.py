"""Dates from the text, resolved against publication, with a precision code; none after publication."""

from datetime import date

import pytest

from tests.extraction_helpers import facts, partition_facts

SUNDAY = "2025-03-16T10:00:00+01:00"


def event_date(text: str) -> str:
    [row] = facts(text, published_at=SUNDAY)["interception"]
    return row["event_date"]


def test_weekday_is_the_latest_such_day():
    assert event_date("L'armée de l'air ukrainienne a abattu mardi 12 drones russes.") == "2025-03-11"


def test_night_spanning_two_days_ends_on_the_second():
    assert event_date("Dans la nuit de samedi à dimanche, 20 drones russes ont été abattus, selon l'armée de l'air ukrainienne.") == "2025-03-16"


def test_yesterday():
    assert event_date("Hier, la défense antiaérienne russe a abattu 7 drones ukrainiens.") == "2025-03-15"


def test_the_day_before():
    assert event_date("La veille, la défense antiaérienne russe a abattu 13 drones ukrainiens.") == "2025-03-15"


def test_a_window_that_ends_the_next_day_ends_on_it():
    assert event_date("De 22 h le 14 mars à 6 h le lendemain, la défense antiaérienne russe a détruit 31 drones ukrainiens.") == "2025-03-15"


@pytest.mark.parametrize("days", ["entre le 13 et le 14 mars", "dans la nuit du 13 au 14 mars"])
def test_a_range_of_days_ends_on_its_last_day(days):
    assert event_date(f"Le ministère russe de la Défense a déclaré avoir détruit 40 drones ukrainiens {days}.") == "2025-03-14"


@pytest.mark.parametrize("night", ["cette nuit (samedi à dimanche)", "entre samedi soir et dimanche matin"])
def test_a_night_between_two_weekdays_ends_on_the_second(night):
    assert event_date(f"La défense antiaérienne russe a abattu {night} 33 drones ukrainiens.") == "2025-03-16"


def test_day_and_month_without_year():
    assert event_date("Le 20 janvier, la défense antiaérienne russe a abattu 9 drones ukrainiens.") == "2025-01-20"


def test_no_date_falls_back_to_publication_with_its_precision():
    claims = partition_facts("La défense antiaérienne russe a abattu 9 drones ukrainiens.", published_at=SUNDAY).interception_claims
    assert claims.select("event_date", "date_precision").rows() == [(date(2025, 3, 16), "publication")]
    dated = partition_facts("Mardi, la défense antiaérienne russe a abattu 9 drones ukrainiens.", published_at=SUNDAY).interception_claims
    assert dated.select("event_date", "date_precision").rows() == [(date(2025, 3, 11), "day")]


def test_nothing_dated_after_publication():
    # "le 20 décembre" seen from March is last December, never next December.
    assert event_date("Le 20 décembre, la défense antiaérienne russe a abattu 9 drones ukrainiens.") == "2024-12-20"
