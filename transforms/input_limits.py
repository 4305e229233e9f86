"""How big a batch file and one record of it may be: input above a limit is quarantined without being parsed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from transforms.settings import number_setting

MB = 1024 * 1024


@dataclass(frozen=True)
class InputLimits:
    max_file_bytes: int = 256 * MB
    max_record_bytes: int = 2 * MB

    def __post_init__(self) -> None:
        if self.max_file_bytes <= 0 or self.max_record_bytes <= 0:
            raise ValueError(f"input size limits must be positive, got {self}")

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "InputLimits":
        """WARWIRE_MAX_FILE_BYTES and WARWIRE_MAX_RECORD_BYTES, each defaulting when unset or empty; SettingError
        for a value that is not a positive whole number."""
        return cls(
            max_file_bytes=number_setting(env, "WARWIRE_MAX_FILE_BYTES", cls.max_file_bytes, minimum=1, integer=True),
            max_record_bytes=number_setting(env, "WARWIRE_MAX_RECORD_BYTES", cls.max_record_bytes, minimum=1, integer=True),
        )

    def file_over_limit(self, size: int) -> str | None:
        return _over_limit("file", size, self.max_file_bytes, "WARWIRE_MAX_FILE_BYTES")

    def decompressed_over_limit(self) -> str:
        return f"file holds more than {format_size(self.max_file_bytes)} once decompressed, over the limit (WARWIRE_MAX_FILE_BYTES)"

    def record_over_limit(self, size: int) -> str | None:
        return _over_limit("record", size, self.max_record_bytes, "WARWIRE_MAX_RECORD_BYTES")


def format_size(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{size} bytes"


def _over_limit(what: str, size: int, limit: int, variable: str) -> str | None:
    """The quarantine reason for input over its limit; None within it."""
    if size <= limit:
        return None
    return f"{what} is {format_size(size)}, over the limit of {format_size(limit)} ({variable})"
