from datetime import date

import dagster as dg

from orchestration.defs.extract import event_mentions
from orchestration.defs.ingest import articles
from orchestration.defs.partitions import daily_partitions
from orchestration.defs.publishing import gx_check_spec, stage_and_audit
from orchestration.defs.reference import actors, regions
from orchestration.defs.resources import WarehouseResource
from transforms.facts.build import PartitionFacts, build_partition_facts
from transforms.versions import facts_version

FACT_DEPS = [event_mentions, articles, regions, actors]
FACT_TAGS = {"group_name": "facts", "kinds": {"duckdb", "polars"}, "code_version": facts_version()}


def _fact_spec(table: str, description: str) -> dg.AssetSpec:
    return dg.AssetSpec(table, deps=FACT_DEPS, skippable=True, description=description, **FACT_TAGS)


def _partition_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource, family: str):
    """Each fact asset builds its own family only."""
    day = date.fromisoformat(context.partition_key)
    store = warehouse.open()
    facts: PartitionFacts = build_partition_facts(
        store.read_pipeline_partition("event_mentions", day), store.read_staged("articles", day), day, (family,)
    )
    return day, store, facts


@dg.multi_asset(
    specs=[
        _fact_spec("interception_claims", "One row per interception claim, however many articles report it (n_sources): claimant, weapon, stated total, date."),
        _fact_spec("interceptions", "One row per claim × region set; a remainder row carries all its regions, never an invented split."),
    ],
    partitions_def=daily_partitions,
    check_specs=[gx_check_spec("interception_claims"), gx_check_spec("interceptions")],
)
def interception_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    day, store, facts = _partition_facts(context, warehouse, "interception")
    frames = {"interception_claims": facts.interception_claims, "interceptions": facts.interceptions}
    yield from stage_and_audit(context, store, frames, day)


@dg.asset(
    partitions_def=daily_partitions,
    deps=FACT_DEPS,
    **FACT_TAGS,
    check_specs=[gx_check_spec("aid_packages")],
    output_required=False,
)
def aid_packages(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """One row per aid package, however many articles report it (n_sources): donor, recipient, kind, amount as stated
    with ISO 4217 currency, USD and EUR at ECB rates."""
    day, store, facts = _partition_facts(context, warehouse, "aid")
    yield from stage_and_audit(context, store, {"aid_packages": facts.aid_packages}, day)


@dg.multi_asset(
    specs=[
        _fact_spec("diplomatic_meetings", "One row per meeting, however many articles report it (n_sources): format, status, venue, city, country, date."),
        _fact_spec("meeting_participants", "One row per meeting participant with role and country."),
    ],
    partitions_def=daily_partitions,
    check_specs=[gx_check_spec("diplomatic_meetings"), gx_check_spec("meeting_participants")],
)
def meeting_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    day, store, facts = _partition_facts(context, warehouse, "meeting")
    frames = {"diplomatic_meetings": facts.diplomatic_meetings, "meeting_participants": facts.meeting_participants}
    yield from stage_and_audit(context, store, frames, day)
