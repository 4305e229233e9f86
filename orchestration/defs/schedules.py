from datetime import timedelta

import dagster as dg

from transforms.records import PARTITION_TIMEZONE

nightly_job = dg.define_asset_job(
    "nightly_job",
    selection=dg.AssetSelection.all(),
    description="Ingest → extract → facts → audit → publish for one publication day.",
)


@dg.schedule(job=nightly_job, cron_schedule="0 2 * * *", execution_timezone=str(PARTITION_TIMEZONE))
def nightly_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """At 02:00 Europe/Paris, materialise the previous day's partition."""
    tick = context.scheduled_execution_time.astimezone(PARTITION_TIMEZONE)
    previous_day = (tick - timedelta(days=1)).date().isoformat()
    return dg.RunRequest(run_key=previous_day, partition_key=previous_day)
