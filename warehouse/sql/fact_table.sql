-- A fact table in main: the columns of the report chosen for each fact (without its day), when the fact was
-- first and last reported, and by how many articles (n_sources) and how many of them are not near-duplicates
-- of one another (n_independent_sources).
CREATE TABLE IF NOT EXISTS main.{table} AS
SELECT * EXCLUDE (partition_date),
       NULL::DATE AS first_reported,
       NULL::DATE AS last_reported,
       NULL::BIGINT AS n_sources,
       NULL::BIGINT AS n_independent_sources
FROM reports.{table}
LIMIT 0;
