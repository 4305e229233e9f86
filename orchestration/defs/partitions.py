import dagster as dg

from transforms.records import FIRST_PUBLICATION_DAY, PARTITION_TIMEZONE

# One partition per publication day. end_offset=2: today's articles can be processed on demand, and so can an
# article stamped just after midnight by a clock running ahead (records.FUTURE_TOLERANCE), whose day is tomorrow.
daily_partitions = dg.DailyPartitionsDefinition(
    start_date=FIRST_PUBLICATION_DAY.isoformat(), timezone=str(PARTITION_TIMEZONE), end_offset=2
)
