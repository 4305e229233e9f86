"""Report charts: valid fixed-size PNGs, byte-for-byte deterministic, empty-safe, legend folding."""

import os
import struct
import subprocess
import sys
from datetime import date

import polars as pl
import pytest

from tests.conftest import REPO
from transforms.charts import (
    DPI,
    FIGSIZE_INCHES,
    OTHER_REGIONS,
    aid_by_donor_chart,
    aid_totals,
    format_usd,
    interception_series,
    interceptions_by_region_chart,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EXPECTED_SIZE = (FIGSIZE_INCHES[0] * DPI, FIGSIZE_INCHES[1] * DPI)
INTERCEPTION_SCHEMA = {"event_date": pl.Date, "regions": pl.String, "is_remainder": pl.Boolean, "intercepted": pl.Int64}
AID_SCHEMA = {"month": pl.Date, "donor": pl.String, "total_usd": pl.Float64, "total_eur": pl.Float64}


def interceptions(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=INTERCEPTION_SCHEMA, orient="row")


def aid(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=AID_SCHEMA, orient="row")


@pytest.fixture
def interception_rows() -> pl.DataFrame:
    return interceptions(
        [
            (date(2024, 12, 6), "RU-BEL", False, 14),
            (date(2024, 12, 6), "RU-KRS", False, 9),
            (date(2024, 12, 7), "RU-BEL", False, 21),
            (date(2024, 12, 7), "RU-KRS", False, 5),
            (date(2024, 12, 7), "RU-AST+RU-ROS", True, 12),
            (date(2024, 12, 8), "RU-BEL", False, 8),
            (date(2024, 12, 8), "RU-KRS", False, None),
            (date(2024, 12, 8), "RU-AST+RU-ROS", True, 6),
        ]
    )


@pytest.fixture
def aid_rows() -> pl.DataFrame:
    return aid(
        [
            (date(2024, 10, 1), "US", 1_250_000_000.0, 1_150_000_000.0),
            (date(2024, 11, 1), "US", 850_000_000.0, 790_000_000.0),
            (date(2024, 11, 1), "DE", 988_000_000.0, 910_000_000.0),
            (date(2024, 12, 1), "EU", 4_300_000_000.0, 4_000_000_000.0),
            (date(2024, 12, 1), "FR", 210_000_000.0, 195_000_000.0),
        ]
    )


def png_size(png: bytes) -> tuple[int, int]:
    # The IHDR chunk comes right after the 8-byte signature: length, type, then width and height.
    length, chunk_type, width, height = struct.unpack(">I4sII", png[8:24])
    assert (length, chunk_type) == (13, b"IHDR")
    return width, height


def assert_fixed_size_png(png: bytes) -> None:
    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == EXPECTED_SIZE


def test_interceptions_chart_is_a_fixed_size_png(interception_rows):
    assert_fixed_size_png(interceptions_by_region_chart(interception_rows))


def test_aid_chart_is_a_fixed_size_png(aid_rows):
    assert_fixed_size_png(aid_by_donor_chart(aid_rows))


def test_interceptions_chart_is_deterministic(interception_rows):
    first = interceptions_by_region_chart(interception_rows)
    assert interceptions_by_region_chart(interception_rows.reverse()) == first
    changed = interception_rows.with_columns(pl.col("intercepted") + 1)
    assert interceptions_by_region_chart(changed) != first


def test_aid_chart_is_deterministic(aid_rows):
    first = aid_by_donor_chart(aid_rows)
    assert aid_by_donor_chart(aid_rows.reverse()) == first
    assert aid_by_donor_chart(aid_rows.head(3)) != first


def test_empty_frames_render():
    assert_fixed_size_png(interceptions_by_region_chart(interceptions([])))
    assert_fixed_size_png(aid_by_donor_chart(aid([])))


def test_only_null_counts_render_as_empty():
    nulls_only = interceptions([(date(2024, 12, 8), "RU-BEL", False, None)])
    assert interception_series(nulls_only) == []
    assert interceptions_by_region_chart(nulls_only) == interceptions_by_region_chart(interceptions([]))


def test_series_label_remainders_and_drop_null_counts(interception_rows):
    series = {line.label: line for line in interception_series(interception_rows)}
    assert list(series) == ["RU-BEL", "RU-AST+RU-ROS (reste)", "RU-KRS"]
    assert series["RU-AST+RU-ROS (reste)"].counts == [12, 6]
    assert series["RU-KRS"].dates == [date(2024, 12, 6), date(2024, 12, 7)]


def test_many_region_sets_fold_into_other_regions():
    # 12 region sets with distinct totals; a few hit twice so the folded series also sums per day.
    rows = interceptions(
        [(date(2024, 12, 1 + day), f"RU-R{index:02d}", False, 100 - index) for index in range(12) for day in range(2)]
    )
    series = interception_series(rows)
    assert len(series) == 9
    assert [line.label for line in series[:8]] == [f"RU-R{index:02d}" for index in range(8)]
    assert series[-1].label == OTHER_REGIONS
    assert series[-1].counts == [92 + 91 + 90 + 89] * 2


def test_few_region_sets_are_not_folded(interception_rows):
    assert OTHER_REGIONS not in {line.label for line in interception_series(interception_rows)}


def test_aid_totals_sum_over_months_largest_first(aid_rows):
    assert aid_totals(aid_rows) == [("EU", 4.3e9), ("US", 2.1e9), ("DE", 988e6), ("FR", 210e6)]


@pytest.mark.parametrize(
    ("amount", "label"),
    [(988e6, "988 M$"), (2.1e9, "2.1 Md$"), (999.7e6, "1.0 Md$"), (450e3, "450 k$"), (12e6, "12 M$")],
)
def test_format_usd(amount, label):
    assert format_usd(amount) == label


def test_import_is_silent_even_with_an_unusable_home(tmp_path):
    # A file as HOME: ~/.config cannot be created even by root, which would make matplotlib warn.
    home = tmp_path / "home"
    home.write_text("")
    env = {**os.environ, "HOME": str(home)}
    for variable in ("MPLCONFIGDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env.pop(variable, None)
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", "import transforms.charts"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
