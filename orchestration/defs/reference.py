import dagster as dg

from orchestration.defs.publishing import audit_and_publish, gx_check_spec
from orchestration.defs.resources import WarehouseResource
from transforms.dimensions import actors_frame, regions_frame


@dg.asset(group_name="reference", kinds={"duckdb"}, check_specs=[gx_check_spec("regions")], output_required=False)
def regions(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """ISO 3166-2 regions of Ukraine and Russia, and seas, with their French, English and transliterated names."""
    yield from audit_and_publish(context, warehouse.open(), "regions", regions_frame())


@dg.asset(group_name="reference", kinds={"duckdb"}, check_specs=[gx_check_spec("actors")], output_required=False)
def actors(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """People, governments, ministries and organisations that claim, give or meet."""
    yield from audit_and_publish(context, warehouse.open(), "actors", actors_frame())
