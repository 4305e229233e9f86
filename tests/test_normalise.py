"""Pure normalisation functions."""

from datetime import date, datetime, timezone

import pytest

from transforms.extract.articles import blank_citations
from transforms.normalise.dates import resolve_event_date
from transforms.normalise.money import parse_money
from transforms.normalise.numbers import parse_count

PUBLISHED = datetime(2024, 12, 8, 11, 0, tzinfo=timezone.utc)  # a Sunday


def test_counts_in_digits_and_words():
    assert parse_count("46") == 46
    assert parse_count("1 200") == 1200
    assert parse_count("quarante-six") == 46
    assert parse_count("dix-sept") == 17
    assert parse_count("1,5") is None


def test_amounts_with_scale_and_currency():
    assert parse_money("988 millions de dollars").amount == 988_000_000
    assert parse_money("988 millions de dollars").currency == "USD"
    assert (parse_money("1,5 milliard d'euros").amount, parse_money("1,5 milliard d'euros").currency) == (1_500_000_000, "EUR")
    assert parse_money("$2.5 billion", "en").amount == 2_500_000_000


def test_dates_resolved_against_publication():
    assert resolve_event_date([], PUBLISHED) == (date(2024, 12, 8), "publication")
    assert resolve_event_date(["dimanche"], PUBLISHED) == (date(2024, 12, 8), "day")
    assert resolve_event_date(["dans la nuit de vendredi à samedi"], PUBLISHED) == (date(2024, 12, 7), "day")
    assert resolve_event_date(["hier"], PUBLISHED) == (date(2024, 12, 7), "day")
    assert resolve_event_date(["le 20 janvier"], PUBLISHED) == (date(2024, 1, 20), "day")


def test_citation_markers_blanked_without_moving_offsets():
    text = "abattu 11 drones[6]. La suite[1],[2].Puis"
    blanked = blank_citations(text)
    assert len(blanked) == len(text)
    assert blanked == "abattu 11 drones   . La suite      . Puis"


def test_reference_files_hold_valid_codes(tmp_path):
    from transforms import reference

    assert len(reference.regions()) == 112
    assert {row["region_code"] for row in reference.regions()} >= {"RU-BEL", "RU-KRS", "UA-30", "UA-32", "UA-43", "UA-40", "SEA-BLACK"}
    bad = tmp_path / "currencies.csv"
    bad.write_text("alias,currency\ndollars,USD\nécus,XEC\n", encoding="utf-8")
    with pytest.raises(reference.ReferenceDataError, match=r"currencies.csv:3: currency 'XEC'"):
        reference._checked(bad, reference.read_csv(bad), "currency", reference._iso_4217)


def test_a_reference_row_with_more_fields_than_its_header_names_its_file_and_line(tmp_path):
    from transforms import reference

    bad = tmp_path / "air_defence_sides.csv"
    bad.write_text("region_code,side,note\nUA-43,RU,Crimea\nUA-63,,Kharkiv (Kupiansk, Vovchansk)\n", encoding="utf-8")
    with pytest.raises(reference.ReferenceDataError, match=r"air_defence_sides.csv:3: more fields than the header's 3"):
        reference.read_csv(bad)
