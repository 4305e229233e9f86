import dagster as dg

from orchestration.defs.ingest import quarantine
from orchestration.defs.reference import actors, regions
from orchestration.defs.views import analyst_snapshot

nightly_job = dg.define_asset_job(
    "nightly_job",
    selection=dg.AssetSelection.all(),
    description="Ingest → extract → facts → audit → publish for one publication day.",
)

# A landing folder whose records are all bad gives no day to run; its quarantine still reaches the analysts.
quarantine_job = dg.define_asset_job(
    "quarantine_job",
    selection=[quarantine, regions, actors, analyst_snapshot],
    description="Record the landing folder's quarantine and publish the analysts' snapshot, without running a day.",
)
