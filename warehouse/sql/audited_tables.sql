-- Each table of a day with whether its staged rows passed their audit (no row: staged and not audited since).
SELECT table_name, bool_and(passed) AS passed
FROM staging.audits
WHERE partition_date = $1
GROUP BY table_name
