import hashlib

import dagster as dg

from orchestration.defs.partitions import daily_partitions
from orchestration.defs.resources import LandingResource
from orchestration.defs.schedules import nightly_job
from transforms.landing import scan_landing, state_from_json, state_to_json


@dg.sensor(job=nightly_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.STOPPED)
def landing_sensor(context: dg.SensorEvaluationContext, landing: LandingResource) -> dg.SensorResult:
    """Runs the publication days that new or changed batch files in the landing folder touch; a file already
    processed is not processed again unless its content changed."""
    if not landing.folder.is_dir():
        return dg.SensorResult(skip_reason=f"landing folder {landing.folder} does not exist")
    changes = scan_landing(landing.folder, state_from_json(context.cursor), landing.limits)
    requests = []
    for day, files in sorted(changes.partitions.items()):
        if not daily_partitions.has_partition_key(day):
            context.log.info(f"{day}: outside the daily partitions ({daily_partitions.start:%Y-%m-%d} to tomorrow), not run")
            continue
        context.log.info(f"{day}: changed by {', '.join(files)}")
        # The same change never launches twice; a later edit of the same file gets a new key.
        run_key = f"{day}:{hashlib.sha256('|'.join(sorted(files)).encode()).hexdigest()[:16]}"
        requests.append(dg.RunRequest(run_key=run_key, partition_key=day, tags={"warwire/changed_files": ", ".join(files)[:1000]}))
    return dg.SensorResult(run_requests=requests, cursor=state_to_json(changes.state))
