import os
from pathlib import Path

import dagster as dg

from warehouse.store import Warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file."""

    path: str

    def open(self) -> Warehouse:
        warehouse = Warehouse(self.path)
        warehouse.ensure_schema()
        return warehouse


class LandingResource(dg.ConfigurableResource):
    """The folder where article batch files (JSONL, CSV) arrive."""

    path: str

    @property
    def folder(self) -> Path:
        return Path(self.path)


class ExtractionResource(dg.ConfigurableResource):
    """How extraction uses the machine: worker processes for the spaCy pass (one per core by default)."""

    processes: int


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources={
            "warehouse": WarehouseResource(path=dg.EnvVar("WARWIRE_WAREHOUSE")),
            "landing": LandingResource(path=dg.EnvVar("WARWIRE_LANDING_DIR")),
            "extraction": ExtractionResource(processes=int(os.environ.get("WARWIRE_EXTRACT_PROCESSES") or os.cpu_count() or 1)),
        },
        executor=dg.in_process_executor,
    )
