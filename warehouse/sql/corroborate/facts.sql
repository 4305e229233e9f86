-- The fact rows of main.{table} for the affected {group_key}s: each comes from the report chosen for its group
-- (temp table chosen); the counts run over every article that reports the same fact.
WITH sources AS (
    SELECT
        {fact_key},
        min(r.partition_date) AS first_reported,
        max(r.partition_date) AS last_reported,
        count(DISTINCT r.article_id) AS n_sources,
        count(DISTINCT coalesce(a.duplicate_of, r.article_id)) AS n_independent_sources
    FROM reports.{table} AS r
    LEFT JOIN main.articles AS a USING (article_id)
    WHERE r.{group_key} IN (SELECT group_key FROM affected)
    GROUP BY ALL
)
SELECT r.* EXCLUDE (partition_date), s.* EXCLUDE ({fact_key})
FROM reports.{table} AS r
JOIN chosen AS c ON r.{group_key} = c.group_key AND r.article_id = c.article_id
JOIN sources AS s USING ({fact_key})
