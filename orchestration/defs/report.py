import base64
from pathlib import Path

import dagster as dg

from orchestration.defs.resources import WarehouseResource
from orchestration.defs.views import analyst_views
from transforms.charts import aid_by_donor_chart, interceptions_by_region_chart

CHARTS = {
    "interceptions_by_region": ("interceptions_by_region_day", interceptions_by_region_chart, "Interceptions by region over time"),
    "aid_by_donor": ("aid_by_donor_month", aid_by_donor_chart, "Aid by donor (USD)"),
}


def report_folder(warehouse_path: str) -> Path:
    """Next to the warehouse file, one folder per warehouse."""
    path = Path(warehouse_path)
    return path.with_name(f"{path.stem}-report")


@dg.asset(group_name="analysis", deps=[analyst_views], kinds={"matplotlib"})
def analyst_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Charts of the whole warehouse as PNG files, rebuilt after every successful publish and shown here."""
    store = warehouse.open()
    folder = report_folder(warehouse.path)
    folder.mkdir(parents=True, exist_ok=True)
    metadata = {}
    for name, (view, render, title) in CHARTS.items():
        png = render(store.read_view(view))
        path = folder / f"{name}.png"
        path.write_bytes(png)
        context.log.info(f"{title}: {path}")
        metadata[name] = dg.MetadataValue.md(f"### {title}\n\n![{title}](data:image/png;base64,{base64.b64encode(png).decode()})")
        metadata[f"{name}_path"] = dg.MetadataValue.path(str(path))
    return dg.MaterializeResult(metadata=metadata)
