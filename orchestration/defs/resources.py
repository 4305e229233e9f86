import os
from pathlib import Path

import dagster as dg

from transforms.input_limits import InputLimits
from transforms.settings import number_setting
from warehouse.store import Warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file."""

    path: str

    def open(self) -> Warehouse:
        warehouse = Warehouse(self.path)
        warehouse.ensure_schema()
        return warehouse


class LandingResource(dg.ConfigurableResource):
    """The folder where article batch files (JSONL, JSON arrays, CSV) arrive, and the sizes of file and record
    above which input is quarantined unread."""

    path: str
    max_file_bytes: int = InputLimits.max_file_bytes
    max_record_bytes: int = InputLimits.max_record_bytes

    @property
    def folder(self) -> Path:
        return Path(self.path)

    @property
    def limits(self) -> InputLimits:
        return InputLimits(self.max_file_bytes, self.max_record_bytes)


class ExtractionResource(dg.ConfigurableResource):
    """How extraction uses the machine: worker processes for the spaCy pass (one per core by default)."""

    processes: int


def extract_processes(env) -> int:
    """WARWIRE_EXTRACT_PROCESSES, one per core by default."""
    return number_setting(env, "WARWIRE_EXTRACT_PROCESSES", os.cpu_count() or 1, minimum=1, integer=True)


@dg.definitions
def resources() -> dg.Definitions:
    limits = InputLimits.from_env(os.environ)
    return dg.Definitions(
        resources={
            "warehouse": WarehouseResource(path=dg.EnvVar("WARWIRE_WAREHOUSE")),
            "landing": LandingResource(
                path=dg.EnvVar("WARWIRE_LANDING_DIR"), max_file_bytes=limits.max_file_bytes, max_record_bytes=limits.max_record_bytes
            ),
            "extraction": ExtractionResource(processes=extract_processes(os.environ)),
        },
        executor=dg.in_process_executor,
    )
