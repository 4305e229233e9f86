from datetime import timedelta

import dagster as dg

from orchestration.defs.jobs import nightly_job
from transforms.records import PARTITION_TIMEZONE


@dg.schedule(job=nightly_job, cron_schedule="0 2 * * *", execution_timezone=str(PARTITION_TIMEZONE))
def nightly_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """At 02:00 Europe/Paris, materialise the previous day's partition."""
    tick = context.scheduled_execution_time.astimezone(PARTITION_TIMEZONE)
    previous_day = (tick - timedelta(days=1)).date().isoformat()
    return dg.RunRequest(run_key=previous_day, partition_key=previous_day)
