import hashlib

import dagster as dg

from orchestration.defs.jobs import nightly_job, quarantine_job
from orchestration.defs.resources import LandingResource
from transforms.landing import scan_landing, state_from_json, state_to_json


@dg.sensor(jobs=[nightly_job, quarantine_job], minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.STOPPED)
def landing_sensor(context: dg.SensorEvaluationContext, landing: LandingResource) -> dg.SensorResult:
    """Runs the publication days that new or changed batch files in the landing folder touch; a file already
    processed is not processed again unless its content changed. A change that touches no day (a file of bad
    records only) runs the quarantine alone."""
    if not landing.folder.is_dir():
        return dg.SensorResult(skip_reason=f"landing folder {landing.folder} does not exist")
    changes = scan_landing(landing.folder, state_from_json(context.cursor), landing.limits)
    requests = []
    for day, files in sorted(changes.partitions.items()):
        context.log.info(f"{day}: changed by {', '.join(files)}")
        requests.append(_request(nightly_job.name, files, day))
    if changes.without_days and not requests:
        context.log.info(f"quarantine only: changed {', '.join(changes.without_days)}")
        requests.append(_request(quarantine_job.name, changes.without_days))
    return dg.SensorResult(run_requests=requests, cursor=state_to_json(changes.state))


def _request(job_name: str, files: list[str], day: str | None = None) -> dg.RunRequest:
    # The same change never launches twice; a later edit of the same file gets a new key.
    run_key = f"{day or job_name}:{hashlib.sha256('|'.join(sorted(files)).encode()).hexdigest()[:16]}"
    return dg.RunRequest(run_key=run_key, job_name=job_name, partition_key=day, tags={"warwire/changed_files": ", ".join(files)[:1000]})
