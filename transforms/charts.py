"""Charts for the analyst report, rendered as PNG bytes (matplotlib object API, Agg only, no pyplot)."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import polars as pl


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _default_matplotlib_dirs() -> list[Path] | None:
    """matplotlib's Linux config and cache dirs (XDG, else ~/.config, ~/.cache); None without a home."""
    try:
        home = Path.home()
    except RuntimeError:
        return None
    return [
        Path(os.environ.get(variable) or home / fallback) / "matplotlib"
        for variable, fallback in (("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"))
    ]


def _quiet_matplotlib_dirs() -> None:
    """Point matplotlib at a stable temp dir when its default config/cache dirs are not writable.

    Otherwise matplotlib logs a warning on import (sandboxed nightly runs often have a read-only HOME).
    """
    if "matplotlib" in sys.modules or os.environ.get("MPLCONFIGDIR") or not sys.platform.startswith("linux"):
        return
    defaults = _default_matplotlib_dirs()
    if defaults and all(_writable(folder) for folder in defaults):
        return
    # A fixed name (not mkdtemp) so the font cache is built once, not on every run.
    fallback = Path(tempfile.gettempdir()) / f"warwire-matplotlib-{os.getuid()}"
    if _writable(fallback):
        os.environ["MPLCONFIGDIR"] = str(fallback)


_quiet_matplotlib_dirs()

from matplotlib import dates as mdates  # noqa: E402  (must follow the config-dir fix above)
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

FIGSIZE_INCHES = (9, 5)
DPI = 100
# No "Software" chunk (it carries the matplotlib version), so identical input gives identical bytes.
PNG_METADATA = {"Software": None}
NO_DATA = "Aucune donnée"

MAX_REGION_SERIES = 8
OTHER_REGIONS = "autres régions"
UNPLACED = "région non précisée"
REMAINDER_SUFFIX = " (reste)"
OTHER_COLOR = "0.55"


class RegionSeries(NamedTuple):
    label: str
    dates: list[date]
    counts: list[int]


# ---------------------------------------------------------------- shared figure plumbing


def _render(draw: Callable[[Axes], None]) -> bytes:
    """Draw on a fresh fixed-size Agg figure and return it as PNG bytes."""
    fig = Figure(figsize=FIGSIZE_INCHES, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)  # explicit Agg canvas: never a GUI backend
    draw(fig.add_subplot())
    buffer = io.BytesIO()
    # No bbox_inches="tight": it would change the pixel size with the content.
    fig.savefig(buffer, format="png", metadata=PNG_METADATA)
    return buffer.getvalue()


def _draw_no_data(ax: Axes) -> None:
    ax.text(0.5, 0.5, NO_DATA, transform=ax.transAxes, ha="center", va="center", fontsize=16, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.spines[:].set_visible(False)


def _style(ax: Axes, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, fontsize=13, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)


# ---------------------------------------------------------------- interceptions by region


def interception_series(rows: pl.DataFrame, max_series: int = MAX_REGION_SERIES) -> list[RegionSeries]:
    """Daily interception totals per legend label, largest total first, "autres régions" last.

    Remainder rows keep their whole region set as one label; beyond max_series labels the smallest are folded
    together so the legend stays legible. Rows with a null count are left out.
    """
    regions = pl.col("regions").fill_null(UNPLACED)
    labelled = rows.filter(pl.col("intercepted").is_not_null()).select(
        "event_date",
        "intercepted",
        label=pl.when(pl.col("is_remainder").fill_null(False)).then(regions + REMAINDER_SUFFIX).otherwise(regions),
    )
    # Ties broken by label so the order (hence the colours) never depends on row order.
    ranked = labelled.group_by("label").agg(pl.col("intercepted").sum()).sort(
        ["intercepted", "label"], descending=[True, False]
    )
    labels = ranked["label"].to_list()
    kept = labels[:max_series]
    order = {label: rank for rank, label in enumerate([*kept, OTHER_REGIONS])}
    daily = (
        labelled.with_columns(
            pl.when(pl.col("label").is_in(kept)).then(pl.col("label")).otherwise(pl.lit(OTHER_REGIONS)).alias("label")
        )
        .group_by("label", "event_date")
        .agg(pl.col("intercepted").sum())
    )
    return sorted(
        (
            RegionSeries(label, group["event_date"].to_list(), group["intercepted"].to_list())
            for (label,), group in daily.sort("event_date").partition_by("label", as_dict=True).items()
        ),
        key=lambda series: order[series.label],
    )


def _daily_date_axis(ax: Axes, days: list[date]) -> None:
    """Readable day ticks, and a one-day window around a lone day (matplotlib would widen it to years)."""
    first, last = min(days), max(days)
    if first == last:
        ax.set_xlim(first - timedelta(days=1), last + timedelta(days=1))
    # Counts are daily: minticks=2 keeps a 2-3 day span on day ticks instead of 06:00/12:00 ones.
    locator = mdates.AutoDateLocator(minticks=2, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _draw_interceptions(series: list[RegionSeries]) -> Callable[[Axes], None]:
    def draw(ax: Axes) -> None:
        _style(ax, "Interceptions revendiquées par région", "Date", "Engins interceptés")
        if not series:
            _draw_no_data(ax)
            return
        days = [day for line in series for day in line.dates]
        # Big markers clutter months of daily points; small ones still show isolated days.
        marker_size = 6 if len(set(days)) <= 31 else 2.5
        for line in series:
            other = line.label == OTHER_REGIONS
            ax.plot(
                line.dates,
                line.counts,
                marker="o",
                markersize=marker_size,
                linewidth=1.8,
                label=line.label,
                **({"color": OTHER_COLOR, "linestyle": "--"} if other else {}),
            )
        _daily_date_axis(ax, days)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(bottom=0)
        ax.grid(axis="y", alpha=0.3)
        # Outside the plot area so lines are never hidden behind up to 9 entries.
        ax.legend(title="Régions", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)

    return draw


def interceptions_by_region_chart(rows: pl.DataFrame) -> bytes:
    """One line per region set over time; remainder rows labelled "(reste)"; null counts left out."""
    return _render(_draw_interceptions(interception_series(rows)))


# ---------------------------------------------------------------- aid by donor


def format_usd(amount: float) -> str:
    """Compact French-style amount: "988 M$", "2.1 Md$", "450 k$"."""
    if round(abs(amount) / 1e6) >= 1000:
        return f"{amount / 1e9:.1f} Md$"
    if round(abs(amount) / 1e3) >= 1000:
        return f"{amount / 1e6:.0f} M$"
    return f"{amount / 1e3:.0f} k$"


def aid_totals(rows: pl.DataFrame) -> list[tuple[str, float]]:
    """Total USD per donor over all months, largest first (ties by donor code, for stable output)."""
    totals = (
        rows.filter(pl.col("total_usd").is_not_null())
        .group_by("donor")
        .agg(pl.col("total_usd").sum())
        .sort(["total_usd", "donor"], descending=[True, False])
    )
    return list(totals.iter_rows())


def _draw_aid(totals: list[tuple[str, float]]) -> Callable[[Axes], None]:
    def draw(ax: Axes) -> None:
        _style(ax, "Aide annoncée par donateur (total, USD)", "Montant total", "Donateur")
        if not totals:
            _draw_no_data(ax)
            return
        donors = [donor for donor, _ in totals]
        amounts = [amount for _, amount in totals]
        bars = ax.barh(donors, amounts, color="tab:blue")
        ax.invert_yaxis()  # largest on top
        ax.bar_label(bars, labels=[format_usd(amount) for amount in amounts], padding=4)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: format_usd(value) if value else "0"))
        ax.set_xlim(right=max(amounts) * 1.15)  # room for the value labels
        ax.grid(axis="x", alpha=0.3)

    return draw


def aid_by_donor_chart(rows: pl.DataFrame) -> bytes:
    """Horizontal bars of total USD per donor, largest first, values labelled in M$/Md$."""
    return _render(_draw_aid(aid_totals(rows)))
