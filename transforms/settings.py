"""Settings read from the environment, each checked where it is read: a bad value stops with a message naming
the variable, its value and what it should be, never with a traceback from deep inside a run."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


class SettingError(ValueError):
    """A setting whose value cannot be used."""

    def __init__(self, name: str, value: str, expected: str):
        super().__init__(f"{name}={value!r}: {expected}")
        self.name = name


def number_setting(env: Mapping[str, str], name: str, default: int | float, *, minimum: int | float, integer: bool) -> int | float:
    """A number of at least `minimum`; unset or empty gives the default."""
    raw = env.get(name, "")
    if not raw.strip():
        return default
    kind = "a whole number" if integer else "a number"
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        raise SettingError(name, raw, f"expected {kind} of at least {minimum}") from None
    if not value >= minimum:  # also refuses NaN
        raise SettingError(name, raw, f"expected {kind} of at least {minimum}")
    if value == float("inf"):
        raise SettingError(name, raw, f"expected a finite {kind.removeprefix('a ')}")
    return value


def path_setting(env: Mapping[str, str], name: str) -> Path:
    """A path that is set: an empty value is a mistake, not the current directory."""
    raw = env.get(name, "")
    if not raw.strip():
        raise SettingError(name, raw, "expected a path, got nothing")
    return Path(raw)
