import dagster as dg

from transforms.records import PARTITION_TIMEZONE

# One partition per publication day; end_offset=1 lets today's articles be processed on demand.
daily_partitions = dg.DailyPartitionsDefinition(
    start_date="2022-02-24", timezone=str(PARTITION_TIMEZONE), end_offset=1
)
